using CxPlatform.ServiceDefaults.BusinessTime;
using CxPlatform.Contracts;
using CxPlatform.Ticketing.Domain.Sla;

namespace CxPlatform.Ticketing.Apis;

/// <summary>
/// Where a ticket stands on one SLA target. <see cref="RemainingMinutes"/> counts business minutes, rounded away from zero:
/// negative once the target is missed, frozen while paused and once achieved.
/// </summary>
public sealed record SlaTargetResponse(
    string Metric,
    Guid PolicyId,
    DateTimeOffset StartedAt,
    DateTimeOffset? DueAt,
    long RemainingMinutes,
    bool Breached,
    DateTimeOffset? AchievedAt,
    bool Paused)
{
    /// <summary>The latest target of each metric, in the order of <see cref="SlaMetrics.All"/>.</summary>
    public static IReadOnlyList<SlaTargetResponse> ListFor(IEnumerable<SlaTarget> targets, SlaPolicySet policies, DateTimeOffset now) =>
        targets
            .GroupBy(t => t.Metric)
            .Select(metric => metric.MaxBy(t => t.StartedAt)!)
            .OrderBy(t => IndexOf(t.Metric))
            .Select(t => From(t, policies.CalendarOf(t.CalendarId), now))
            .ToList();

    public static SlaTargetResponse From(SlaTarget target, BusinessCalendar calendar, DateTimeOffset now) => new(
        target.Metric,
        target.PolicyId,
        target.StartedAt,
        target.DueAt,
        AwayFromZero(target.RemainingAt(now, calendar).TotalMinutes),
        target.IsBreached || target.IsDue(now),
        target.AchievedAt,
        target.IsPaused);

    private static long AwayFromZero(double minutes) => (long)(Math.Sign(minutes) * Math.Ceiling(Math.Abs(minutes)));

    private static int IndexOf(string metric) => SlaMetrics.All.ToList().IndexOf(metric) is var index and >= 0 ? index : int.MaxValue;
}
