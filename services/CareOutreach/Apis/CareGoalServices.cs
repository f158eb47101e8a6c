using CxPlatform.Care.Domain;
using CxPlatform.Care.Domain.Goals;
using CxPlatform.Care.Domain.Settings;
using CxPlatform.Care.Goals;
using CxPlatform.Care.Infrastructure;
using CxPlatform.ServiceDefaults.Api;
using CxPlatform.ServiceDefaults.Errors;
using CxPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Validation;

namespace CxPlatform.Care.Apis;

/// <summary>The dependencies of the care goal endpoints; services, not input, so never validated.</summary>
#pragma warning disable ASP0029 // experimental, but the supported way to keep the validator out of DbContext graphs
[SkipValidation]
#pragma warning restore ASP0029
public sealed record CareGoalServices(
    CareDbContext Db, CareGoalInstaller Installer, CareGoalAttainments Attainments, ITenantContext Tenant, TimeProvider Time, HttpContext Http)
{
    public DateTimeOffset Now => Time.GetUtcNow();

    /// <summary>The goal to change, tracked; with If-Match the save fails with 412 if anyone changed it since. Null when there is none.</summary>
    public async Task<CareGoal?> FindForChangeAsync(Guid id, CancellationToken cancellationToken)
    {
        var expectedVersion = ETags.TryReadIfMatch(Http.Request, out var version)
            ? version
            : throw new InvalidRequestException("If-Match", "Send the ETag of the care goal as returned by GET.");
        var goal = await Db.CareGoals.SingleOrDefaultAsync(g => g.Id == id, cancellationToken);
        if (goal is not null && expectedVersion is not null)
        {
            Db.Entry(goal).Property(g => g.Version).OriginalValue = expectedVersion.Value;
        }
        return goal;
    }

    public async Task<CareGoalAttainmentResponse> AttainmentAsync(CareGoal goal, GoalPeriod period, CancellationToken cancellationToken) =>
        CareGoalAttainmentResponse.From(goal.Id, period, await Attainments.InAsync(goal, period, cancellationToken), Now);

    public Task<CareGoalAttainmentResponse> CurrentAttainmentAsync(CareGoal goal, CareSettings settings, CancellationToken cancellationToken) =>
        AttainmentAsync(goal, GoalPeriod.Containing(goal.Period, Now, TimeZones.Find(settings.TimeZone)), cancellationToken);

    /// <summary>The goal with its current period, and the ETag of this version.</summary>
    public async Task<CareGoalResponse> AnswerAsync(CareGoal goal, CareSettings settings, CancellationToken cancellationToken)
    {
        ETags.Set(Http.Response, goal.Version);
        return CareGoalResponse.From(goal, await CurrentAttainmentAsync(goal, settings, cancellationToken));
    }
}
