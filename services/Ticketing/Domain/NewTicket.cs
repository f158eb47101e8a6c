namespace CxPlatform.Ticketing.Domain;

public sealed record NewTicket(
    string Subject,
    string Description,
    Requester Requester,
    string Channel,
    string Type,
    string Priority,
    bool CustomerResolutionPending = false);
