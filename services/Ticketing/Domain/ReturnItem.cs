namespace CxPlatform.Ticketing.Domain;

public sealed record ReturnItem(string Sku, int Quantity, string? Reason);
