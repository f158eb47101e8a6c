namespace CxPlatform.Ticketing.Domain;

/// <summary>
/// Who asked: the customer (once resolved) and the contact point they used, e.g. an e-mail address or a phone number, with
/// its kind (one of <c>ContactPointKinds</c>), which CareOutreach needs to resolve the customer.
/// </summary>
public sealed record Requester(Guid? CustomerId, string? ContactPoint, string? Name, string? ContactKind = null);
