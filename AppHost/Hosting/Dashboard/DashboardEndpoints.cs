using CxPlatform.AppHost.Hosting.Orchestration;
using CxPlatform.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CxPlatform.AppHost.Hosting.Dashboard;

internal static class DashboardEndpoints
{
    public static WebApplication MapDashboard(this WebApplication app)
    {
        app.MapGet("/", (DistributedApplicationModel model, TimeProvider time) =>
                TypedResults.Content(DashboardPage.Render(Resources(model, time), model), "text/html; charset=utf-8"))
            .WithName("Dashboard");

        var api = app.MapGroup("/api");
        api.MapGet("/resources", (DistributedApplicationModel model, TimeProvider time) => TypedResults.Ok(Resources(model, time)))
            .WithName("ListResources");
        api.MapGet("/token", CreateToken)
            .WithName("CreateDevelopmentToken");
        return app;
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
