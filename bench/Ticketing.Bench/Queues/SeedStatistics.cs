using CxPlatform.Bench.Ticketing.Service;
using CxPlatform.Ticketing.Infrastructure;
using Npgsql;
using static CxPlatform.Bench.Ticketing.Queues.SeedCommands;

namespace CxPlatform.Bench.Ticketing.Queues;

/// <summary>What the seeded tenant holds: sizes, the status mix, and how many tickets the tags and search terms of the queues match.</summary>
public static class SeedStatistics
{
    public static async Task<SeedResult> DescribeAsync(
        NpgsqlConnection connection, int tickets, IReadOnlyList<Guid> groups, SeedTimings timings,
        CancellationToken cancellationToken) => new(
            tickets,
            await ScalarAsync(connection, "SELECT count(*) FROM ticket_messages WHERE \"TenantId\" = @tenant", cancellationToken),
            groups,
            timings,
            await ScalarAsync(connection, "SELECT pg_total_relation_size('tickets') / 1048576", cancellationToken),
            await ScalarAsync(connection, "SELECT pg_total_relation_size('ticket_messages') / 1048576", cancellationToken),
            await CountsAsync(connection, "SELECT \"Status\", count(*) FROM tickets WHERE \"TenantId\" = @tenant GROUP BY 1 ORDER BY 2 DESC", cancellationToken),
            await TagCountsAsync(connection, cancellationToken),
            await TermMatchesAsync(connection, cancellationToken));

    private static async Task<Dictionary<string, long>> TagCountsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<string, long>();
        foreach (var tag in new[] { SeedVocabulary.CommonTag, SeedVocabulary.RareTag })
        {
            counts[tag] = await ScalarAsync(connection, "SELECT count(*) FROM tickets WHERE \"TenantId\" = @tenant AND \"Tags\" @> ARRAY[@tag]::text[]",
                cancellationToken, command => command.Parameters.AddWithValue("tag", tag));
        }
        return counts;
    }

    private static async Task<Dictionary<string, TermMatches>> TermMatchesAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var matches = new Dictionary<string, TermMatches>();
        foreach (var term in new[] { SeedVocabulary.SelectiveWord, SeedVocabulary.CommonWord, SeedVocabulary.RepliesOnlyWord })
        {
            void Term(NpgsqlCommand command) => command.Parameters.AddWithValue("term", term);
            matches[term] = new TermMatches(
                await ScalarAsync(connection,
                    "SELECT count(*) FROM tickets WHERE \"TenantId\" = @tenant AND to_tsvector('simple', \"Subject\" || ' ' || \"Description\") @@ websearch_to_tsquery('simple', @term)",
                    cancellationToken, Term),
                await ScalarAsync(connection,
                    $"SELECT count(*) FROM tickets WHERE \"TenantId\" = @tenant AND \"{TicketSearchSchema.ConversationColumn}\" @@ websearch_to_tsquery('simple', @term)",
                    cancellationToken, Term));
        }
        return matches;
    }

    private static async Task<Dictionary<string, long>> CountsAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("tenant", BenchTenants.Queues);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var counts = new Dictionary<string, long>();
        while (await reader.ReadAsync(cancellationToken))
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }
        return counts;
    }
}
