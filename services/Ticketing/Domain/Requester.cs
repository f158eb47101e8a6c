namespace CxPlatform.Ticketing.Domain;

/// <summary>Who asked: the customer (once resolved) and the contact point they used, e.g. an e-mail address or a phone number.</summary>
public sealed record Requester(Guid? CustomerId, string? ContactPoint, string? Name);
