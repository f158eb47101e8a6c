using System.Net.Http.Json;
using CxPlatform.Ticketing.Apis;

namespace CxPlatform.Bench.Ticketing.Queues;

/// <summary>The typical work queues of a help desk, with ids and words taken from the seeded tenant.</summary>
public static class QueueCases
{
    public const string Agent = "agent-007";

    public static async Task<IReadOnlyList<QueueCase>> ForAsync(SeedResult seed, HttpClient client, CancellationToken cancellationToken)
    {
        const string newestOpen = "status=open";
        var firstPage = await client.GetFromJsonAsync<TicketPage>($"/api/v1/tickets?{newestOpen}", cancellationToken);
        var cursor = firstPage?.NextCursor ?? throw new InvalidOperationException("The open queue has no second page.");
        return
        [
            new("newest open", newestOpen),
            new("open, urgent", "status=open&priority=urgent"),
            new("agent's open + pending", $"assignee={Agent}&status=open&status=pending"),
            new("group", $"group={seed.Groups[1]}"),
            new("tag (common)", $"tag={SeedVocabulary.CommonTag}"),
            new("tag (rare)", $"tag={SeedVocabulary.RareTag}"),
            new("sort=priority", "sort=priority"),
            new("open by priority", "status=open&sort=priority"),
            new("newest open, page 2", $"{newestOpen}&cursor={Uri.EscapeDataString(cursor)}"),
            new("search, selective word", $"q={SeedVocabulary.SelectiveWord}"),
            new("search, common word", $"q={SeedVocabulary.CommonWord}"),
            new("search, word in replies only", $"q={SeedVocabulary.RepliesOnlyWord}"),
        ];
    }
}
