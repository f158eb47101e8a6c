namespace CxPlatform.Surveys.Apis;

/// <summary>Conditions as sent and answered; a missing list means "any".</summary>
public sealed record DistributionConditionsBody(
    IReadOnlyList<string>? Channels,
    IReadOnlyList<string>? TicketTypes,
    IReadOnlyList<string>? Priorities,
    IReadOnlyList<string>? Tags,
    IReadOnlyList<string>? OutreachKinds);
