using CxPlatform.Care.Domain.Playbooks;

namespace CxPlatform.Care.Domain.Templates;

/// <summary>The placeholders a template may use, per trigger: the customer's profile plus what the triggering event carries.</summary>
public static class TemplatePlaceholders
{
    public const string PreferredName = "customer.preferred_name";
    public const string FullName = "customer.full_name";
    public const string TicketNumber = "ticket.number";
    public const string TicketType = "ticket.type";
    public const string TicketPriority = "ticket.priority";
    public const string TicketChannel = "ticket.channel";
    public const string SlaMetric = "sla.metric";
    public const string SlaDueAt = "sla.due_at";
    public const string SurveyKind = "survey.kind";
    public const string SurveyScore = "survey.score";
    public const string SurveyComment = "survey.comment";
    public const string HealthScore = "risk.health_score";
    public const string TouchpointKind = "touchpoint.kind";
    public const string TouchpointSource = "touchpoint.source";

    /// <summary>Inactivity: whole days since the customer was last active, and that day (in the customer's time zone).</summary>
    public const string InactiveDays = "inactivity.days";
    public const string LastActiveOn = "inactivity.last_active_on";

    /// <summary>Date: how many years the anniversary marks, the original date, and which date it is (<c>customer_since</c> …).</summary>
    public const string AnniversaryYears = "anniversary.years";
    public const string AnniversaryDate = "anniversary.date";
    public const string AnniversaryKind = "anniversary.kind";

    /// <summary>The touchpoint attributes templates may name (<c>touchpoint.expected_date</c> …), as senders are asked to spell them.</summary>
    public static readonly IReadOnlyList<string> TouchpointAttributes =
        ["order_id", "order_total", "product", "expected_date", "alternative", "carrier", "tracking_url"];

    private static readonly string[] Customer = [PreferredName, FullName];
    private static readonly string[] Ticket = [TicketNumber, TicketType, TicketPriority, TicketChannel];

    private static readonly Dictionary<string, IReadOnlyList<string>> ByTrigger = new(StringComparer.Ordinal)
    {
        [PlaybookTriggers.SlaBreached] = [.. Customer, .. Ticket, SlaMetric, SlaDueAt],
        [PlaybookTriggers.TicketSolved] = [.. Customer, .. Ticket],
        [PlaybookTriggers.SurveyResponded] = [.. Customer, SurveyKind, SurveyScore, SurveyComment],
        [PlaybookTriggers.CustomerAtRisk] = [.. Customer, HealthScore],
        [PlaybookTriggers.TouchpointRecorded] = [.. Customer, TouchpointKind, TouchpointSource, .. TouchpointAttributes.Select(a => $"touchpoint.{a}")],
        [PlaybookTriggers.Inactivity] = [.. Customer, InactiveDays, LastActiveOn],
        [PlaybookTriggers.Date] = [.. Customer, AnniversaryYears, AnniversaryDate, AnniversaryKind],
    };

    public static IReadOnlyList<string> For(string trigger) => ByTrigger.TryGetValue(trigger, out var names) ? names : Customer;

    /// <summary>Why <paramref name="template"/> cannot be used with <paramref name="trigger"/>; null when it can.</summary>
    public static string? Problem(string trigger, string template)
    {
        var segments = TemplateText.Parse(template, out var syntaxError);
        if (syntaxError is not null)
        {
            return syntaxError;
        }
        var known = For(trigger);
        var unknown = segments.Select(s => s.Placeholder).FirstOrDefault(name => name is not null && !known.Contains(name));
        return unknown is null
            ? null
            : $"Unknown placeholder {{{{{unknown}}}}} for trigger {trigger}; known: {string.Join(", ", known)}.";
    }
}
