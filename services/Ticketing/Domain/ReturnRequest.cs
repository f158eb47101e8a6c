namespace CxPlatform.Ticketing.Domain;

/// <summary>What a customer sends back: the order it came from and the items.</summary>
public sealed record ReturnRequest(string OrderReference, IReadOnlyList<ReturnItem> Items);
