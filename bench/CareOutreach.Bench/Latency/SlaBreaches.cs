using CxPlatform.Contracts;

namespace CxPlatform.Bench.CareOutreach.Latency;

/// <summary>SlaBreached events as Ticketing publishes them, each for its own ticket, the customers taken in turn.</summary>
public static class SlaBreaches
{
    private static readonly string[] Metrics = [SlaMetrics.FirstReply, SlaMetrics.NextReply, SlaMetrics.Resolution];
    private static readonly string[] Priorities = [TicketPriorities.Normal, TicketPriorities.High, TicketPriorities.Urgent];

    public static SlaBreached Make(string tenant, Guid customerId, int index, DateTimeOffset now) => new(
        tenant, Guid.CreateVersion7(now), now, Guid.CreateVersion7(now), 10_000 + index, customerId, TicketChannels.Email,
        TicketTypes.Incident, Priorities[index % Priorities.Length], null, $"agent-{index % 40:000}", Metrics[index % Metrics.Length],
        now.AddMinutes(-5), Guid.Empty);
}
