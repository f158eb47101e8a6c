namespace CxPlatform.Surveys.Domain;

/// <summary>
/// Which events a rule applies to. Each list empty means "any"; a non-empty list must contain the event's value (for tags: the
/// ticket has at least one of them). Ticket conditions apply to <c>ticket_solved</c>, outreach conditions to <c>outreach_completed</c>.
/// </summary>
public sealed record DistributionConditions(
    IReadOnlyList<string> Channels,
    IReadOnlyList<string> TicketTypes,
    IReadOnlyList<string> Priorities,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> OutreachKinds)
{
    public static readonly DistributionConditions None = new([], [], [], [], []);

    public bool Match(TriggerFacts facts) =>
        AnyOrContains(Channels, facts.Channel)
        && AnyOrContains(TicketTypes, facts.TicketType)
        && AnyOrContains(Priorities, facts.Priority)
        && (Tags.Count == 0 || facts.Tags.Any(tag => Tags.Contains(tag, StringComparer.OrdinalIgnoreCase)))
        && AnyOrContains(OutreachKinds, facts.OutreachKind);

    private static bool AnyOrContains(IReadOnlyList<string> allowed, string? value) =>
        allowed.Count == 0 || (value is not null && allowed.Contains(value, StringComparer.Ordinal));
}
