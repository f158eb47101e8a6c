using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.ServiceDefaults.Errors;
using CxPlatform.Surveys.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Surveys.Apis;

/// <summary>A survey's distribution rules (admins write, analysts read) and the invitations they planned, issued or skipped.</summary>
public static class DistributionRulesApi
{
    public static IEndpointRouteBuilder MapDistributionRulesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/v1/surveys/{surveyId:guid}").WithTags("Distribution").RequireAuthorization(CxPolicies.Analyst);

        api.MapPost("/distribution-rules", CreateRule).WithName("CreateDistributionRule")
            .WithSummary("Add a rule that invites customers after an event").RequireAuthorization(CxPolicies.Admin);
        api.MapGet("/distribution-rules", ListRules).WithName("ListDistributionRules").WithSummary("The survey's distribution rules");
        api.MapPut("/distribution-rules/{id:guid}", ReplaceRule).WithName("ReplaceDistributionRule")
            .WithSummary("Replace a rule; invitations it already planned keep their schedule").RequireAuthorization(CxPolicies.Admin);
        api.MapGet("/planned-invitations", ListPlanned).WithName("ListPlannedInvitations")
            .WithSummary("Invitations the rules planned, newest first, with the contact rule that skipped or deferred each; ?status=planned|issued|skipped");
        return app;
    }

    public static async Task<Results<Created<DistributionRuleDetails>, NotFound>> CreateRule(
        Guid surveyId, DistributionRuleRequest request, [AsParameters] SurveyServices services, CancellationToken cancellationToken)
    {
        var definition = request.ToDefinition();
        if (!await services.Db.Surveys.AnyAsync(s => s.Id == surveyId, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        var rule = DistributionRule.Create(services.Tenant.RequiredTenantId, surveyId, definition, services.Now);
        services.Db.DistributionRules.Add(rule);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/surveys/{surveyId}/distribution-rules/{rule.Id}", DistributionRuleDetails.From(rule));
    }

    public static async Task<Ok<List<DistributionRuleDetails>>> ListRules(
        Guid surveyId, [AsParameters] SurveyServices services, CancellationToken cancellationToken)
    {
        var rules = await services.Db.DistributionRules.AsNoTracking().Where(r => r.SurveyId == surveyId)
            .OrderBy(r => r.CreatedAt).ToListAsync(cancellationToken);
        return TypedResults.Ok(rules.Select(DistributionRuleDetails.From).ToList());
    }

    public static async Task<Results<Ok<DistributionRuleDetails>, NotFound>> ReplaceRule(
        Guid surveyId, Guid id, DistributionRuleRequest request, [AsParameters] SurveyServices services, CancellationToken cancellationToken)
    {
        var definition = request.ToDefinition();
        if (await services.Db.DistributionRules.SingleOrDefaultAsync(r => r.Id == id && r.SurveyId == surveyId, cancellationToken) is not { } rule)
        {
            return TypedResults.NotFound();
        }
        rule.Redefine(definition, services.Now);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(DistributionRuleDetails.From(rule));
    }

    public static async Task<Ok<List<PlannedInvitationDetails>>> ListPlanned(
        Guid surveyId, string? status, [AsParameters] SurveyServices services, CancellationToken cancellationToken)
    {
        if (status is not null && !PlannedInvitationStatuses.All.Contains(status))
        {
            throw new InvalidRequestException("status", $"One of {string.Join(", ", PlannedInvitationStatuses.All)}.");
        }
        var planned = await services.Db.PlannedInvitations.AsNoTracking()
            .Where(p => p.SurveyId == surveyId && (status == null || p.Status == status))
            .OrderByDescending(p => p.CreatedAt).Take(200).ToListAsync(cancellationToken);
        return TypedResults.Ok(planned.Select(PlannedInvitationDetails.From).ToList());
    }
}
