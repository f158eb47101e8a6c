using CxPlatform.AppHost.Hosting.Orchestration;
using CxPlatform.AppHost.Otlp;
using CxPlatform.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CxPlatform.AppHost.Hosting.Dashboard;

internal static class DashboardEndpoints
{
    public static WebApplication MapDashboard(this WebApplication app)
    {
        app.MapGet("/", () => TypedResults.Content(DashboardPage.Html, "text/html; charset=utf-8"))
            .WithName("Dashboard");

        var api = app.MapGroup("/api");
        api.MapGet("/resources", (DistributedApplicationModel model, TimeProvider time) => TypedResults.Ok(Resources(model, time)))
            .WithName("ListResources");
        api.MapGet("/resources/{name}/logs", ConsoleLogs)
            .WithName("GetConsoleLogs");
        api.MapPost("/resources/{name}/{command}", ExecuteCommand)
            .WithName("ExecuteResourceCommand");
        api.MapGet("/token", CreateToken)
            .WithName("CreateDevelopmentToken");
        api.MapTelemetryApi();
        app.MapOtlpReceiver();
        return app;
    }

    /// <summary>
    /// A resource's console lines after sequence number <paramref name="after"/> (0: from the oldest kept) that contain
    /// <paramref name="search"/>, at most <paramref name="limit"/> (the newest), oldest first.
    /// </summary>
    private static Results<Ok<ConsoleLogResponse>, NotFound> ConsoleLogs(
        string name, long? after, string? search, int? limit, DistributedApplicationModel model)
    {
        if (model.Find(name) is not { } resource)
        {
            return TypedResults.NotFound();
        }
        var page = resource.Log.Read(after ?? 0, string.IsNullOrWhiteSpace(search) ? null : search, Math.Clamp(limit ?? 1000, 1, resource.Log.Capacity));
        return TypedResults.Ok(new ConsoleLogResponse(resource.Name, page.Lines, page.FirstSequence, page.LastSequence));
    }

    /// <summary><c>start</c>, <c>stop</c> or <c>restart</c>; answers with the resource's state afterwards.</summary>
    private static async Task<Results<Ok<ResourceResponse>, NotFound, ProblemHttpResult>> ExecuteCommand(
        string name, string command, DistributedApplicationModel model, Orchestrator orchestrator, TimeProvider time)
    {
        if (model.Find(name) is not { } resource || !Enum.TryParse<ResourceCommand>(command, ignoreCase: true, out var parsed)
            || !Enum.IsDefined(parsed) || int.TryParse(command, out _))
        {
            return TypedResults.NotFound();
        }
        return await orchestrator.ExecuteCommandAsync(resource, parsed) switch
        {
            ResourceCommandOutcome.Done => TypedResults.Ok(ResourceResponse.From(resource, time.GetUtcNow())),
            ResourceCommandOutcome.NotSupported => TypedResults.Problem(
                $"'{name}' is a {resource.Type} the AppHost cannot stop: services, executables and servers it runs in containers can be stopped, started and restarted.",
                statusCode: StatusCodes.Status409Conflict, title: "Not supported for this resource"),
            _ => TypedResults.Problem(
                $"'{name}' has not started yet, or the AppHost is stopping.", statusCode: StatusCodes.Status409Conflict, title: "Not ready"),
        };
    }

    /// <summary>A development token for a tenant and roles (<c>role=agent&amp;role=admin</c> or <c>role=agent,admin</c>); by default tenant demo, role admin.</summary>
    private static Results<Ok<TokenResponse>, ValidationProblem> CreateToken(
        string? tenant, [FromQuery] string[]? role, DevelopmentCredentials credentials)
    {
        var tenantId = string.IsNullOrWhiteSpace(tenant) ? StartupReport.DemoTenant : tenant.Trim();
        string[] roles = role is { Length: > 0 }
            ? [.. role.SelectMany(value => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct()]
            : [CxRoles.Admin];
        var unknown = roles.Except(CxRoles.All).ToList();
        if (unknown.Count > 0 || roles.Length == 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["role"] = [$"Unknown role '{string.Join("', '", unknown)}'; roles are {string.Join(", ", CxRoles.All)}."],
            });
        }
        return TypedResults.Ok(new TokenResponse(
            credentials.CreateToken(tenantId, roles), "Bearer", (int)DevelopmentCredentials.TokenLifetime.TotalSeconds, tenantId, roles));
    }

    private static List<ResourceResponse> Resources(DistributedApplicationModel model, TimeProvider time)
    {
        var now = time.GetUtcNow();
        return [.. model.Resources.Select(resource => ResourceResponse.From(resource, now))];
    }
}
