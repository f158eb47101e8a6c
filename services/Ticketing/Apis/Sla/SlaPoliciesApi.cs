using CxPlatform.ServiceDefaults.Api;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Ticketing.Domain.Sla;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Ticketing.Apis.Sla;

public static class SlaPoliciesApi
{
    public static IEndpointRouteBuilder MapSlaPoliciesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/v1/sla/policies").WithTags("SLA").RequireAuthorization(CxPolicies.Agent);

        api.MapGet("/", ListPolicies).WithName("ListSlaPolicies").WithSummary("List the SLA policies in the order they are matched");
        api.MapGet("/{id:guid}", GetPolicy).WithName("GetSlaPolicy").WithSummary("Get an SLA policy");
        api.MapPost("/", CreatePolicy).RequireAuthorization(CxPolicies.Admin)
            .WithName("CreateSlaPolicy").WithSummary("Define targets for the tickets matching some conditions");
        api.MapPut("/{id:guid}", UpdatePolicy).RequireAuthorization(CxPolicies.Admin)
            .WithName("UpdateSlaPolicy").WithSummary("Redefine a policy; tickets take it when their priority, type or tags next change");
        api.MapDelete("/{id:guid}", DeletePolicy).RequireAuthorization(CxPolicies.Admin)
            .WithName("DeleteSlaPolicy").WithSummary("Delete a policy; running targets keep their due instants");
        return app;
    }

    public static async Task<Ok<List<SlaPolicyResponse>>> ListPolicies([AsParameters] SlaServices services, CancellationToken cancellationToken)
    {
        var policies = await services.Db.SlaPolicies.AsNoTracking()
            .OrderBy(p => p.Position).ThenBy(p => p.CreatedAt).ThenBy(p => p.Id)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(policies.Select(SlaPolicyResponse.From).ToList());
    }

    public static async Task<Results<Ok<SlaPolicyResponse>, NotFound>> GetPolicy(
        Guid id, HttpResponse response, [AsParameters] SlaServices services, CancellationToken cancellationToken)
    {
        var policy = await services.Db.SlaPolicies.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (policy is null)
        {
            return TypedResults.NotFound();
        }
        ETags.Set(response, policy.Version);
        return TypedResults.Ok(SlaPolicyResponse.From(policy));
    }

    public static async Task<Results<Created<SlaPolicyResponse>, ValidationProblem>> CreatePolicy(
        SlaPolicyRequest request, HttpResponse response, [AsParameters] SlaServices services, CancellationToken cancellationToken)
    {
        if (await UnknownCalendarAsync(request, services, cancellationToken) is { } problem)
        {
            return problem;
        }
        SlaRules.EnsureRoomForPolicy(await services.Db.SlaPolicies.CountAsync(cancellationToken));
        var position = request.Position ?? (await services.Db.SlaPolicies.MaxAsync(p => (int?)p.Position, cancellationToken) ?? 0) + 1;
        var policy = SlaPolicy.Create(services.Tenant.RequiredTenantId, request.ToDefinition(), position, services.Time.GetUtcNow());
        services.Db.SlaPolicies.Add(policy);
        await services.Db.SaveChangesAsync(cancellationToken);
        ETags.Set(response, policy.Version);
        return TypedResults.Created($"/api/v1/sla/policies/{policy.Id}", SlaPolicyResponse.From(policy));
    }

    /// <remarks>With <c>If-Match</c> (the ETag of a GET), a change based on a stale copy is refused with 412.</remarks>
    public static async Task<Results<Ok<SlaPolicyResponse>, NotFound, ValidationProblem>> UpdatePolicy(
        Guid id, SlaPolicyRequest request, HttpContext http, [AsParameters] SlaServices services, CancellationToken cancellationToken)
    {
        if (!ETags.TryReadIfMatch(http.Request, out var expectedVersion))
        {
            return IfMatchProblem();
        }
        var policy = await services.Db.SlaPolicies.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (policy is null)
        {
            return TypedResults.NotFound();
        }
        if (await UnknownCalendarAsync(request, services, cancellationToken) is { } problem)
        {
            return problem;
        }
        if (expectedVersion is not null)
        {
            services.Db.Entry(policy).Property(p => p.Version).OriginalValue = expectedVersion.Value;
        }
        policy.Redefine(request.ToDefinition(), request.Position ?? policy.Position, services.Time.GetUtcNow());
        await services.Db.SaveChangesAsync(cancellationToken);
        ETags.Set(http.Response, policy.Version);
        return TypedResults.Ok(SlaPolicyResponse.From(policy));
    }

    public static async Task<Results<NoContent, NotFound, ValidationProblem>> DeletePolicy(
        Guid id, HttpRequest request, [AsParameters] SlaServices services, CancellationToken cancellationToken)
    {
        if (!ETags.TryReadIfMatch(request, out var expectedVersion))
        {
            return IfMatchProblem();
        }
        var policy = await services.Db.SlaPolicies.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (policy is null)
        {
            return TypedResults.NotFound();
        }
        if (expectedVersion is not null)
        {
            services.Db.Entry(policy).Property(p => p.Version).OriginalValue = expectedVersion.Value;
        }
        services.Db.SlaPolicies.Remove(policy);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>The calendar must be one of this tenant's (another tenant's is as unknown as a made-up id).</summary>
    private static async Task<ValidationProblem?> UnknownCalendarAsync(
        SlaPolicyRequest request, SlaServices services, CancellationToken cancellationToken)
    {
        if (request.CalendarId is not { } calendarId || await services.Db.SlaCalendars.AnyAsync(c => c.Id == calendarId, cancellationToken))
        {
            return null;
        }
        return TypedResults.ValidationProblem(new Dictionary<string, string[]>
        {
            [nameof(SlaPolicyRequest.CalendarId)] = [$"There is no SLA calendar {calendarId}."],
        });
    }

    private static ValidationProblem IfMatchProblem() =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["If-Match"] = ["Send the ETag of the policy as returned by GET."] });
}
