namespace CxPlatform.Ticketing.Domain;

/// <summary>The fields an agent may edit; null leaves a field as it is (a null custom field value clears it).</summary>
public sealed record TicketDetailsChange(
    string? Subject = null,
    string? Priority = null,
    string? Type = null,
    IReadOnlyList<string>? Tags = null,
    IReadOnlyDictionary<string, string?>? CustomFields = null);
