namespace CxPlatform.Bench.Ticketing.Queues;

/// <summary>One work queue as an agent's screen asks for it: <c>GET /api/v1/tickets?{Query}</c>.</summary>
public sealed record QueueCase(string Name, string Query)
{
    public string Path => $"/api/v1/tickets?{Query}";
}
