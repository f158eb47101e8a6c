using CxPlatform.Care.Domain;
using CxPlatform.Care.Domain.Goals;
using CxPlatform.ServiceDefaults.Api;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.ServiceDefaults.Domain;
using CxPlatform.ServiceDefaults.Errors;
using CxPlatform.ServiceDefaults.Idempotency;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Care.Apis;

/// <summary>Care goals: care agents read them and their attainment, admins define them. The defaults are installed on a tenant's first use.</summary>
public static class CareGoalsApi
{
    public static IEndpointRouteBuilder MapCareGoalsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/v1/care-goals").WithTags("Care goals").RequireAuthorization(CxPolicies.Care);

        api.MapGet("/", ListGoals).WithName("ListCareGoals").WithSummary("The tenant's care goals, oldest first, each with its current period's attainment");
        api.MapGet("/{id:guid}", GetGoal).WithName("GetCareGoal").WithSummary("Get a care goal with its current period's attainment");
        api.MapGet("/{id:guid}/attainment", GetAttainment).WithName("GetCareGoalAttainment")
            .WithSummary("A goal's attainment in a period (period=2026-03 for a monthly goal, 2026-W10 for a weekly one; default: the current one)");
        api.MapPost("/", CreateGoal).RequireAuthorization(CxPolicies.Admin).WithIdempotency()
            .WithName("CreateCareGoal").WithSummary("Define a care goal: team, playbooks whose outreach counts, target rate, period");
        api.MapPut("/{id:guid}", ReplaceGoal).RequireAuthorization(CxPolicies.Admin)
            .WithName("ReplaceCareGoal").WithSummary("Redefine a care goal (If-Match); obligations already planned stay under it");
        api.MapPost("/{id:guid}/enable", EnableGoal).RequireAuthorization(CxPolicies.Admin)
            .WithName("EnableCareGoal").WithSummary("Let new outreach of the goal's playbooks count toward it again (If-Match)");
        api.MapPost("/{id:guid}/disable", DisableGoal).RequireAuthorization(CxPolicies.Admin)
            .WithName("DisableCareGoal").WithSummary("Stop new outreach from counting toward the goal (If-Match)");
        api.MapDelete("/{id:guid}", DeleteGoal).RequireAuthorization(CxPolicies.Admin)
            .WithName("DeleteCareGoal").WithSummary("Delete a care goal (If-Match); its tasks stay, their misses are no longer published");
        return app;
    }

    public static async Task<Ok<List<CareGoalResponse>>> ListGoals([AsParameters] CareGoalServices services, CancellationToken cancellationToken)
    {
        var settings = await services.Installer.EnsureInstalledAndSavedAsync(cancellationToken);
        var goals = await services.Db.CareGoals.AsNoTracking().OrderBy(g => g.CreatedAt).ThenBy(g => g.Id).ToListAsync(cancellationToken);
        var answers = new List<CareGoalResponse>(goals.Count);
        foreach (var goal in goals)
        {
            answers.Add(CareGoalResponse.From(goal, await services.CurrentAttainmentAsync(goal, settings, cancellationToken)));
        }
        return TypedResults.Ok(answers);
    }

    public static async Task<Results<Ok<CareGoalResponse>, NotFound>> GetGoal(
        Guid id, [AsParameters] CareGoalServices services, CancellationToken cancellationToken)
    {
        var settings = await services.Installer.EnsureInstalledAndSavedAsync(cancellationToken);
        var goal = await services.Db.CareGoals.AsNoTracking().SingleOrDefaultAsync(g => g.Id == id, cancellationToken);
        return goal is null ? TypedResults.NotFound() : TypedResults.Ok(await services.AnswerAsync(goal, settings, cancellationToken));
    }

    /// <remarks><c>period</c> is validated here, not by attributes (dotnet/aspnetcore#65348).</remarks>
    public static async Task<Results<Ok<CareGoalAttainmentResponse>, NotFound>> GetAttainment(
        Guid id, string? period, [AsParameters] CareGoalServices services, CancellationToken cancellationToken)
    {
        var settings = await services.Installer.EnsureInstalledAndSavedAsync(cancellationToken);
        var goal = await services.Db.CareGoals.AsNoTracking().SingleOrDefaultAsync(g => g.Id == id, cancellationToken);
        if (goal is null)
        {
            return TypedResults.NotFound();
        }
        var zone = TimeZones.Find(settings.TimeZone);
        if (period is null)
        {
            return TypedResults.Ok(await services.CurrentAttainmentAsync(goal, settings, cancellationToken));
        }
        if (!GoalPeriod.TryParse(goal.Period, period, zone, out var asked))
        {
            var example = goal.Period == GoalPeriods.Week ? "2026-W10" : "2026-03";
            throw new InvalidRequestException(nameof(period), $"This goal is measured per {goal.Period}: name one like {example}.");
        }
        return TypedResults.Ok(await services.AttainmentAsync(goal, asked, cancellationToken));
    }

    public static async Task<Created<CareGoalResponse>> CreateGoal(
        CareGoalRequest request, [AsParameters] CareGoalServices services, CancellationToken cancellationToken)
    {
        var settings = await services.Installer.EnsureInstalledAndSavedAsync(cancellationToken);
        await EnsureValidAsync(request, null, settings.Teams, services, cancellationToken);
        if (await services.Db.CareGoals.CountAsync(cancellationToken) >= CareGoalLimits.MaxGoalsPerTenant)
        {
            throw new DomainRuleViolationException(
                "care_goal.limit_reached", $"A tenant has at most {CareGoalLimits.MaxGoalsPerTenant} care goals; delete one first.");
        }
        var goal = CareGoal.Create(services.Tenant.RequiredTenantId, request.ToDefinition(), request.Enabled, services.Now);
        services.Db.CareGoals.Add(goal);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/care-goals/{goal.Id}", await services.AnswerAsync(goal, settings, cancellationToken));
    }

    /// <remarks>The whole goal is replaced, including <c>enabled</c>. With <c>If-Match</c>, a stale copy is refused with 412.</remarks>
    public static async Task<Results<Ok<CareGoalResponse>, NotFound>> ReplaceGoal(
        Guid id, CareGoalRequest request, [AsParameters] CareGoalServices services, CancellationToken cancellationToken)
    {
        var settings = await services.Installer.EnsureInstalledAndSavedAsync(cancellationToken);
        if (await services.FindForChangeAsync(id, cancellationToken) is not { } goal)
        {
            return TypedResults.NotFound();
        }
        await EnsureValidAsync(request, id, settings.Teams, services, cancellationToken);
        goal.Redefine(request.ToDefinition(), services.Now);
        if (request.Enabled)
        {
            goal.Enable(services.Now);
        }
        else
        {
            goal.Disable(services.Now);
        }
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await services.AnswerAsync(goal, settings, cancellationToken));
    }

    public static Task<Results<Ok<CareGoalResponse>, NotFound>> EnableGoal(
        Guid id, [AsParameters] CareGoalServices services, CancellationToken cancellationToken) =>
        ChangeAsync(id, services, goal => goal.Enable(services.Now), cancellationToken);

    public static Task<Results<Ok<CareGoalResponse>, NotFound>> DisableGoal(
        Guid id, [AsParameters] CareGoalServices services, CancellationToken cancellationToken) =>
        ChangeAsync(id, services, goal => goal.Disable(services.Now), cancellationToken);

    public static async Task<Results<NoContent, NotFound>> DeleteGoal(
        Guid id, [AsParameters] CareGoalServices services, CancellationToken cancellationToken)
    {
        await services.Installer.EnsureInstalledAndSavedAsync(cancellationToken);
        if (await services.FindForChangeAsync(id, cancellationToken) is not { } goal)
        {
            return TypedResults.NotFound();
        }
        services.Db.CareGoals.Remove(goal);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<CareGoalResponse>, NotFound>> ChangeAsync(
        Guid id, CareGoalServices services, Action<CareGoal> change, CancellationToken cancellationToken)
    {
        var settings = await services.Installer.EnsureInstalledAndSavedAsync(cancellationToken);
        if (await services.FindForChangeAsync(id, cancellationToken) is not { } goal)
        {
            return TypedResults.NotFound();
        }
        change(goal);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await services.AnswerAsync(goal, settings, cancellationToken));
    }

    /// <summary>The team is one of the care settings', every playbook is the tenant's, and no other goal counts it.</summary>
    private static async Task EnsureValidAsync(
        CareGoalRequest request, Guid? goalId, IReadOnlyList<string> teams, CareGoalServices services, CancellationToken cancellationToken)
    {
        if (!teams.Contains(request.Team, StringComparer.Ordinal))
        {
            throw new InvalidRequestException(nameof(request.Team), $"'{request.Team}' is not a team of the care settings ({string.Join(", ", teams)}).");
        }
        var asked = request.PlaybookIds.ToList();
        var known = await services.Db.Playbooks.Where(p => asked.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken);
        var unknown = asked.FindIndex(id => !known.Contains(id));
        if (unknown >= 0)
        {
            throw new InvalidRequestException($"{nameof(request.PlaybookIds)}[{unknown}]", $"The tenant has no playbook {asked[unknown]}.");
        }
        var others = await services.Db.CareGoals.AsNoTracking().Where(g => g.Id != goalId).ToListAsync(cancellationToken);
        if (others.FirstOrDefault(g => g.PlaybookIds.Intersect(asked).Any()) is { } other)
        {
            throw new DomainRuleViolationException(
                "care_goal.playbook_in_use", $"The goal '{other.Name}' already counts one of these playbooks; a playbook counts toward one goal.");
        }
    }
}
