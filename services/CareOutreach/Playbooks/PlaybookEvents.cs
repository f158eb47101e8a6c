using System.Globalization;
using CxPlatform.Care.Domain.Playbooks;
using CxPlatform.Contracts;
using static CxPlatform.Care.Domain.Templates.TemplatePlaceholders;

namespace CxPlatform.Care.Playbooks;

/// <summary>The consumed integration events as playbooks see them: facts for conditions, values for template placeholders.</summary>
public static class PlaybookEvents
{
    public static PlaybookEvent From(SlaBreached e) => new(
        PlaybookTriggers.SlaBreached, e.EventId, e.OccurredAt, e.CustomerId, e.TicketId,
        new PlaybookEventFacts(TicketType: e.Type, TicketPriority: e.Priority, TicketChannel: e.Channel, SlaMetric: e.Metric),
        new Dictionary<string, object?>(Ticket(e.Number, e.Type, e.Priority, e.Channel)) { [SlaMetric] = e.Metric, [SlaDueAt] = e.DueAt });

    public static PlaybookEvent From(TicketSolved e) => new(
        PlaybookTriggers.TicketSolved, e.EventId, e.OccurredAt, e.CustomerId, e.TicketId,
        new PlaybookEventFacts(TicketType: e.Type, TicketPriority: e.Priority, TicketChannel: e.Channel, TicketTags: e.Tags ?? []),
        Ticket(e.Number, e.Type, e.Priority, e.Channel));

    public static PlaybookEvent From(SurveyResponded e) => new(
        PlaybookTriggers.SurveyResponded, e.EventId, e.OccurredAt, e.CustomerId, e.RelatedTicketId,
        new PlaybookEventFacts(SurveyKind: e.SurveyKind, Score: e.Score),
        new Dictionary<string, object?> { [SurveyKind] = e.SurveyKind, [SurveyScore] = e.Score, [SurveyComment] = e.Comment });

    public static PlaybookEvent From(CustomerAtRisk e) => new(
        PlaybookTriggers.CustomerAtRisk, e.EventId, e.OccurredAt, e.CustomerId, null,
        new PlaybookEventFacts(RiskReasons: e.Reasons ?? []),
        new Dictionary<string, object?> { [HealthScore] = e.HealthScore });

    public static PlaybookEvent From(TouchpointRecorded e)
    {
        var attributes = e.Attributes ?? new Dictionary<string, string>();
        var values = new Dictionary<string, object?> { [TouchpointKind] = e.Kind, [TouchpointSource] = e.Source };
        foreach (var name in TouchpointAttributes)
        {
            values[$"touchpoint.{name}"] = attributes.TryGetValue(name, out var value) ? AsDateIfOne(value) : null;
        }
        return new PlaybookEvent(
            PlaybookTriggers.TouchpointRecorded, e.EventId, e.OccurredAt, e.CustomerId, null, new PlaybookEventFacts(TouchpointKind: e.Kind), values);
    }

    /// <summary>
    /// A customer quiet since <paramref name="lastActiveAt"/>, found by the sweep at <paramref name="now"/>: the trigger id names
    /// the quiet spell, so it plans once until new activity starts another.
    /// </summary>
    public static PlaybookEvent Inactivity(string tenantId, Playbook playbook, Guid customerId, DateTimeOffset lastActiveAt, TimeZoneInfo zone, DateTimeOffset now) => new(
        PlaybookTriggers.Inactivity,
        TimeTriggerRules.TriggerId(tenantId, playbook.Id, customerId, TimeTriggerRules.InactivityPeriod(lastActiveAt)),
        now, customerId, null, new PlaybookEventFacts(),
        new Dictionary<string, object?>
        {
            [InactiveDays] = TimeTriggerRules.DaysInactive(lastActiveAt, now),
            [LastActiveOn] = TimeTriggerRules.LocalDate(lastActiveAt, zone),
        });

    /// <summary>The <paramref name="years"/>th anniversary of <paramref name="origin"/>, today in the customer's time zone; once a year.</summary>
    public static PlaybookEvent Anniversary(string tenantId, Playbook playbook, Guid customerId, DateOnly origin, DateOnly today, int years, DateTimeOffset now) => new(
        PlaybookTriggers.Date,
        TimeTriggerRules.TriggerId(tenantId, playbook.Id, customerId, TimeTriggerRules.AnniversaryPeriod(playbook.DateKind ?? "", today)),
        now, customerId, null, new PlaybookEventFacts(),
        new Dictionary<string, object?>
        {
            [AnniversaryYears] = years,
            [AnniversaryDate] = origin,
            [AnniversaryKind] = playbook.DateKind,
        });

    private static Dictionary<string, object?> Ticket(long number, string type, string priority, string channel) => new()
    {
        [TicketNumber] = number,
        [TicketType] = type,
        [TicketPriority] = priority,
        [TicketChannel] = channel,
    };

    /// <summary>An ISO date ("2026-03-20") renders in the customer's language ("20. März 2026"); any other text as sent.</summary>
    private static object AsDateIfOne(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : value;
}
