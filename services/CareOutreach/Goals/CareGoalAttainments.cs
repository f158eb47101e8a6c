using CxPlatform.Care.Domain.Goals;
using CxPlatform.Care.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Care.Goals;

/// <summary>
/// A goal's attainment in a period, counted from its obligations' rows on every request (no counters to drift): an open
/// obligation whose due instant has passed counts as missed even before the scheduler records the miss.
/// </summary>
public sealed class CareGoalAttainments(CareDbContext db, TimeProvider time)
{
    public async Task<GoalAttainment> InAsync(CareGoal goal, GoalPeriod period, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var counts = await db.OutreachTasks
            .Where(t => t.CareGoalId == goal.Id && t.DueAt >= period.Start && t.DueAt < period.End)
            .GroupBy(t => new { t.ObligationStatus, Passed = t.DueAt < now })
            .Select(g => new { g.Key.ObligationStatus, g.Key.Passed, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var met = counts.Where(c => c.ObligationStatus == ObligationStatuses.Met).Sum(c => c.Count);
        var missed = counts.Where(c => c.ObligationStatus == ObligationStatuses.Missed || (c.ObligationStatus == ObligationStatuses.Open && c.Passed)).Sum(c => c.Count);
        var open = counts.Where(c => c.ObligationStatus == ObligationStatuses.Open && !c.Passed).Sum(c => c.Count);
        return GoalAttainment.Calculate(met, missed, open, goal.TargetRate, period.HasEnded(now));
    }
}
