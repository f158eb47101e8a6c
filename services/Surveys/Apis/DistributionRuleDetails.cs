using CxPlatform.Surveys.Domain;

namespace CxPlatform.Surveys.Apis;

public sealed record DistributionRuleDetails(
    Guid Id,
    Guid SurveyId,
    string Trigger,
    DistributionConditionsBody Conditions,
    int DelayHours,
    int ExpiryDays,
    int? ReminderAfterDays,
    bool Enabled,
    DateTimeOffset CreatedAt,
    DistributionScheduleBody? Schedule = null,
    DateTimeOffset? NextRunAt = null,
    DateTimeOffset? LastRunAt = null)
{
    public static DistributionRuleDetails From(DistributionRule rule) => new(
        rule.Id,
        rule.SurveyId,
        rule.Trigger,
        new DistributionConditionsBody(rule.Conditions.Channels, rule.Conditions.TicketTypes, rule.Conditions.Priorities,
            rule.Conditions.Tags, rule.Conditions.OutreachKinds),
        (int)rule.Delay.TotalHours,
        (int)rule.Expiry.TotalDays,
        rule.ReminderAfter is { } reminder ? (int)reminder.TotalDays : null,
        rule.Enabled,
        rule.CreatedAt,
        rule.Schedule is null ? null : DistributionScheduleBody.From(rule.Schedule),
        rule.NextRunAt,
        rule.LastRunAt);
}
