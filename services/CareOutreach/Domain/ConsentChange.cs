namespace CxPlatform.Care.Domain;

/// <summary>One recorded decision of the customer about being contacted on a channel for a purpose; the history is append-only.</summary>
/// <param name="Channel">One of <see cref="Contracts.ContactChannels"/>.</param>
/// <param name="Purpose">One of <see cref="Contracts.ContactPurposes"/>.</param>
/// <param name="ChangedBy">Who recorded it: the care agent's subject, or a service.</param>
/// <param name="Source">Where the customer expressed it, e.g. "phone call", "unsubscribe link".</param>
public sealed record ConsentChange(
    string Channel,
    string Purpose,
    bool Granted,
    string ChangedBy,
    DateTimeOffset ChangedAt,
    string? Source);
