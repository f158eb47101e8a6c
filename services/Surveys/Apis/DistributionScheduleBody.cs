using CxPlatform.Surveys.Domain;

namespace CxPlatform.Surveys.Apis;

/// <summary>
/// A <c>schedule</c> rule's timing: <c>everyDays</c> (1–366) or <c>dayOfMonth</c> (1–28), at <c>time</c> ("HH:mm") in
/// <c>timeZone</c> (IANA), inviting the customers seen within <c>lookBackDays</c> (1–730, default 365).
/// </summary>
public sealed record DistributionScheduleBody(int? EveryDays, int? DayOfMonth, string? Time, string? TimeZone, int? LookBackDays)
{
    public static DistributionScheduleBody From(DistributionSchedule schedule) => new(
        schedule.EveryDays, schedule.DayOfMonth, schedule.Time.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        schedule.TimeZone, schedule.LookBackDays);
}
