using CxPlatform.Contracts;

namespace CxPlatform.Bench.Surveys.Burst;

/// <summary>TicketSolved events as Ticketing publishes them, each for its own ticket and its own customer.</summary>
public static class SolvedTickets
{
    private static readonly string[] Channels = [TicketChannels.Email, TicketChannels.WebForm, TicketChannels.Chat];
    private static readonly string[] Types = [TicketTypes.Question, TicketTypes.Incident, TicketTypes.Return, TicketTypes.Complaint];

    public static TicketSolved[] Make(string tenant, int count, DateTimeOffset now) =>
        Enumerable.Range(0, count).Select(i => new TicketSolved(
            tenant, Guid.CreateVersion7(now), now, Guid.CreateVersion7(now), 1_000 + i, Guid.NewGuid(),
            Channels[i % Channels.Length], Types[i % Types.Length], TicketPriorities.Normal, null, $"agent-{i % 40:000}",
            i % 3 == 0 ? ["shipping"] : [], now.AddHours(-(4 + (i % 48))))).ToArray();
}
