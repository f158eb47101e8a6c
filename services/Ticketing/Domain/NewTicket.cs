namespace CxPlatform.Ticketing.Domain;

public sealed record NewTicket(
    string Subject,
    string Description,
    Requester Requester,
    string Channel,
    string Type,
    string Priority,
    IReadOnlyList<string>? Tags = null,
    ReturnRequest? Return = null,
    IReadOnlyDictionary<string, string>? CustomFields = null,

    bool CustomerResolutionPending = false);
