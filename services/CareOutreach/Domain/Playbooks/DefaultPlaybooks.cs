using CxPlatform.Contracts;
using CxPlatform.Care.Domain.Outreach;
using CxPlatform.Care.Domain.Settings;

namespace CxPlatform.Care.Domain.Playbooks;

/// <summary>
/// The playbooks every tenant starts with (installed once; the tenant may then change, enable, disable or delete them). All
/// are installed enabled except <see cref="InactiveCheckIn"/>: a check-in with every customer quiet for 90 days can be a
/// large queue for a big tenant, so the tenant turns it on when it wants it.
/// </summary>
public static class DefaultPlaybooks
{
    public const string SlaBreachApology = "sla-breach-apology";
    public const string ComplaintCheckIn = "complaint-check-in";
    public const string DetractorRecovery = "detractor-recovery";
    public const string BackorderExplanation = "backorder-explanation";
    public const string FirstPurchaseWelcome = "first-purchase-welcome";
    public const string InactiveCheckIn = "inactive-check-in";

    /// <summary>The defaults installed disabled.</summary>
    public static readonly IReadOnlyList<string> InstalledDisabled = [InactiveCheckIn];

    private const string Team = CareSettings.DefaultTeam;

    public static IReadOnlyList<(string Key, PlaybookDefinition Definition)> All { get; } =
    [
        (SlaBreachApology, new PlaybookDefinition(
            "Apologise after a missed SLA",
            "A care agent apologises personally within 2 business hours when a ticket missed an SLA target.",
            PlaybookTriggers.SlaBreached, PlaybookConditions.None, PlaybookActions.AgentTask, OutreachKinds.Apology, null, Team,
            OutreachPriorities.High,
            new Dictionary<string, string>
            {
                ["en"] = "Hi {{customer.preferred_name}}, I am sorry we kept you waiting on your request #{{ticket.number}}. That is not the service we want to give you: I am looking into it personally and will get back to you shortly.",
                ["de"] = "Hallo {{customer.preferred_name}}, es tut mir leid, dass Sie bei Ihrer Anfrage #{{ticket.number}} so lange warten mussten. So wollen wir nicht mit Ihnen umgehen: Ich kümmere mich persönlich darum und melde mich in Kürze.",
            },
            0, new OutreachDue(120, DueClocks.BusinessHours))),
        (ComplaintCheckIn, new PlaybookDefinition(
            "Check in after a solved complaint",
            "Three days after a complaint was solved, a care agent asks whether everything is fine now.",
            PlaybookTriggers.TicketSolved, PlaybookConditions.None with { TicketTypes = [TicketTypes.Complaint] }, PlaybookActions.AgentTask,
            OutreachKinds.CheckIn, null, Team, OutreachPriorities.Normal,
            new Dictionary<string, string>
            {
                ["en"] = "Hi {{customer.preferred_name}}, a few days ago we solved your complaint #{{ticket.number}}. I wanted to check in: is everything all right now, and is there anything else we can do for you?",
                ["de"] = "Hallo {{customer.preferred_name}}, vor ein paar Tagen haben wir Ihre Beschwerde #{{ticket.number}} gelöst. Ich wollte nachfragen: Ist jetzt alles in Ordnung, und können wir noch etwas für Sie tun?",
            },
            3 * 24 * 60, new OutreachDue(8 * 60, DueClocks.BusinessHours))),
        (DetractorRecovery, new PlaybookDefinition(
            "Recover a detractor",
            "Within 24 hours of an NPS score of 6 or less or a CSAT score of 2 or less, a care agent calls to understand and make it right.",
            PlaybookTriggers.SurveyResponded,
            PlaybookConditions.None with { SurveyScores = [new SurveyScoreCondition(SurveyKinds.Nps, Max: 6), new SurveyScoreCondition(SurveyKinds.Csat, Max: 2)] },
            PlaybookActions.AgentTask, OutreachKinds.FollowUp, null, Team, OutreachPriorities.High,
            new Dictionary<string, string>
            {
                ["en"] = "Hi {{customer.preferred_name}}, thank you for your honest feedback. I am sorry we disappointed you, and I would like to understand what went wrong and put it right.",
                ["de"] = "Hallo {{customer.preferred_name}}, danke für Ihre ehrliche Rückmeldung. Es tut mir leid, dass wir Sie enttäuscht haben. Ich möchte verstehen, was schiefgelaufen ist, und es wiedergutmachen.",
            },
            0, new OutreachDue(24 * 60, DueClocks.Calendar))),
        (BackorderExplanation, new PlaybookDefinition(
            "Explain a backorder",
            "When an ordered item is on backorder, a care agent explains when it will ship and offers an alternative.",
            PlaybookTriggers.TouchpointRecorded, PlaybookConditions.None with { TouchpointKinds = [TouchpointKinds.OrderBackordered] },
            PlaybookActions.AgentTask, OutreachKinds.Explanation, null, Team, OutreachPriorities.Normal,
            new Dictionary<string, string>
            {
                ["en"] = "Hi {{customer.preferred_name}}, I am sorry: {{touchpoint.product | an item}} from your order {{touchpoint.order_id}} is on backorder. We expect it on {{touchpoint.expected_date | a date we will confirm shortly}}. If you would rather not wait, we can send you {{touchpoint.alternative | a comparable alternative}} instead.",
                ["de"] = "Hallo {{customer.preferred_name}}, leider ist {{touchpoint.product | ein Artikel}} aus Ihrer Bestellung {{touchpoint.order_id}} nicht vorrätig. Wir erwarten ihn am {{touchpoint.expected_date | einem Datum, das wir Ihnen bald bestätigen}}. Wenn Sie nicht warten möchten, senden wir Ihnen gerne {{touchpoint.alternative | eine gleichwertige Alternative}}.",
            },
            0, new OutreachDue(4 * 60, DueClocks.BusinessHours))),
        (FirstPurchaseWelcome, new PlaybookDefinition(
            "Welcome after a first purchase",
            "A welcome message the day of a customer's first order (the first order_placed touchpoint CareOutreach sees for them).",
            PlaybookTriggers.TouchpointRecorded,
            PlaybookConditions.None with { TouchpointKinds = [TouchpointKinds.OrderPlaced], FirstPurchaseOnly = true },
            PlaybookActions.AutomatedMessage, OutreachKinds.ThankYou, null, Team, OutreachPriorities.Low,
            new Dictionary<string, string>
            {
                ["en"] = "Welcome, {{customer.preferred_name}}! Thank you for your first order. If you have any question, just reply to this message: a real person will answer.",
                ["de"] = "Willkommen, {{customer.preferred_name}}! Danke für Ihre erste Bestellung. Wenn Sie Fragen haben, antworten Sie einfach auf diese Nachricht: Ein Mensch wird Ihnen antworten.",
            },
            0, new OutreachDue(24 * 60, DueClocks.Calendar))),
        (InactiveCheckIn, new PlaybookDefinition(
            "Check in after 90 quiet days",
            "When CareOutreach has seen nothing of a customer for 90 days (no ticket, survey answer or touchpoint), a care agent checks in; once per quiet spell. Installed disabled.",
            PlaybookTriggers.Inactivity, PlaybookConditions.None, PlaybookActions.AgentTask, OutreachKinds.CheckIn, null, Team, OutreachPriorities.Low,
            new Dictionary<string, string>
            {
                ["en"] = "Hi {{customer.preferred_name}}, we have not heard from you since {{inactivity.last_active_on}}. I wanted to check in: is everything going well, and is there anything we can do for you?",
                ["de"] = "Hallo {{customer.preferred_name}}, seit dem {{inactivity.last_active_on}} haben wir nichts mehr von Ihnen gehört. Ich wollte nachfragen: Läuft alles gut, und können wir etwas für Sie tun?",
            },
            0, new OutreachDue(3 * 8 * 60, DueClocks.BusinessHours), InactiveDays: 90)),
    ];
}
