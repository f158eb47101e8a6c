namespace CxPlatform.Bench.Ticketing.Creation;

/// <summary>The data of one new ticket, the same whether it goes through the API or straight into the table.</summary>
public sealed record SampleTicket(
    string Subject,
    string Description,
    Guid? CustomerId,
    string ContactPoint,
    string Name,
    string Channel,
    string Type,
    string Priority,
    string[] Tags);
