using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.BusinessTime;
using CxPlatform.ServiceDefaults.Errors;
using CxPlatform.Surveys.Domain;

namespace CxPlatform.Surveys.Apis;

/// <summary>A distribution rule as an admin writes it: delay in hours (0–720), expiry in days (1–90), an optional reminder in days.</summary>
public sealed record DistributionRuleRequest(
    string? Trigger,
    DistributionConditionsBody? Conditions,
    int DelayHours,
    int ExpiryDays,
    int? ReminderAfterDays,
    bool Enabled = true,
    DistributionScheduleBody? Schedule = null)
{
    public const int MaxEveryDays = 366;
    public const int MaxDayOfMonth = 28;
    public const int MaxLookBackDays = 730;
    public const int DefaultLookBackDays = 365;

    public const int MaxDelayHours = 30 * 24;
    public const int MaxExpiryDays = 90;

    /// <summary>The validated definition; the first wrong field is a 400 naming it.</summary>
    public DistributionRuleDefinition ToDefinition()
    {
        if (Trigger is null || !DistributionTriggers.All.Contains(Trigger))
        {
            throw new InvalidRequestException("trigger", $"One of {string.Join(", ", DistributionTriggers.All)}.");
        }
        if (DelayHours is < 0 or > MaxDelayHours)
        {
            throw new InvalidRequestException("delayHours", $"From 0 to {MaxDelayHours} hours (30 days).");
        }
        if (ExpiryDays is < 1 or > MaxExpiryDays)
        {
            throw new InvalidRequestException("expiryDays", $"From 1 to {MaxExpiryDays} days.");
        }
        if (ReminderAfterDays is { } reminder && (reminder < 1 || reminder >= ExpiryDays))
        {
            throw new InvalidRequestException("reminderAfterDays", "At least 1 day, and before the invitation expires.");
        }
        return new DistributionRuleDefinition(Trigger, ConditionsFor(Trigger, Conditions), TimeSpan.FromHours(DelayHours),
            TimeSpan.FromDays(ExpiryDays), ReminderAfterDays is { } days ? TimeSpan.FromDays(days) : null, Enabled, ScheduleFor(Trigger, Schedule));
    }

    private static DistributionSchedule? ScheduleFor(string trigger, DistributionScheduleBody? body)
    {
        if (trigger != DistributionTriggers.Schedule)
        {
            return body is null ? null : throw new InvalidRequestException("schedule", "Only a rule with trigger schedule has a schedule.");
        }
        if (body is null)
        {
            throw new InvalidRequestException("schedule", "A schedule rule needs its schedule: everyDays or dayOfMonth, time and timeZone.");
        }
        if ((body.EveryDays is null) == (body.DayOfMonth is null))
        {
            throw new InvalidRequestException("schedule.everyDays", "Give either everyDays or dayOfMonth.");
        }
        if (body.EveryDays is < 1 or > MaxEveryDays)
        {
            throw new InvalidRequestException("schedule.everyDays", $"From 1 to {MaxEveryDays} days.");
        }
        if (body.DayOfMonth is < 1 or > MaxDayOfMonth)
        {
            throw new InvalidRequestException("schedule.dayOfMonth", $"From 1 to {MaxDayOfMonth} (every month has it).");
        }
        if (!ClockTime.IsValid(body.Time) || body.Time == "24:00")
        {
            throw new InvalidRequestException("schedule.time", "A time of day as HH:mm, e.g. 09:30.");
        }
        if (body.TimeZone is null || !TimeZoneInfo.TryFindSystemTimeZoneById(body.TimeZone, out _))
        {
            throw new InvalidRequestException("schedule.timeZone", "An IANA time zone, e.g. Europe/Zurich.");
        }
        if (body.LookBackDays is < 1 or > MaxLookBackDays)
        {
            throw new InvalidRequestException("schedule.lookBackDays", $"From 1 to {MaxLookBackDays} days.");
        }
        return new DistributionSchedule(body.EveryDays, body.DayOfMonth, TimeOnly.FromTimeSpan(ClockTime.Parse(body.Time!)), body.TimeZone,
            body.LookBackDays ?? DefaultLookBackDays);
    }

    private static DistributionConditions ConditionsFor(string trigger, DistributionConditionsBody? body)
    {
        var ticket = trigger == DistributionTriggers.TicketSolved;
        var outreach = trigger == DistributionTriggers.OutreachCompleted;
        return new DistributionConditions(
            Checked("conditions.channels", body?.Channels, ticket ? TicketChannels.All : outreach ? ContactChannels.All : null),
            Checked("conditions.ticketTypes", body?.TicketTypes, ticket ? TicketTypes.All : null),
            Checked("conditions.priorities", body?.Priorities, ticket ? TicketPriorities.All : null),
            Checked("conditions.tags", body?.Tags, ticket ? null : []),
            Checked("conditions.outreachKinds", body?.OutreachKinds, outreach ? OutreachKinds.All : null));
    }

    /// <param name="allowed">The values allowed; null means any non-blank value, empty means the trigger has no such condition.</param>
    private static IReadOnlyList<string> Checked(string field, IReadOnlyList<string>? values, IReadOnlyList<string>? allowed)
    {
        if (values is null || values.Count == 0)
        {
            return [];
        }
        if (allowed is { Count: 0 } || (allowed is null && field != "conditions.tags"))
        {
            throw new InvalidRequestException(field, "This trigger has no such condition.");
        }
        if (values.Count > 50 || values.Any(v => string.IsNullOrWhiteSpace(v) || v.Length > 100 || (allowed is not null && !allowed.Contains(v))))
        {
            throw new InvalidRequestException(field, allowed is null
                ? "At most 50 non-blank values of up to 100 characters."
                : $"Each one of {string.Join(", ", allowed)}.");
        }
        return values.Select(v => v.Trim()).Distinct().ToList();
    }
}
