namespace CxPlatform.Care.Domain.Playbooks;

/// <summary>What playbook conditions can look at in a triggering event; fields the event does not have stay null.</summary>
public sealed record PlaybookEventFacts(
    string? TicketType = null,
    string? TicketPriority = null,
    string? TicketChannel = null,
    IReadOnlyList<string>? TicketTags = null,
    string? SlaMetric = null,
    string? SurveyKind = null,
    int? Score = null,
    string? TouchpointKind = null,
    bool IsFirstPurchase = false,
    IReadOnlyList<string>? RiskReasons = null);
