using System.Diagnostics;
using System.Net.Http.Json;
using CxPlatform.Bench.Ticketing.Service;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Ticketing.Apis;
using CxPlatform.Ticketing.Infrastructure;
using Npgsql;
using static CxPlatform.Bench.Ticketing.Queues.SeedCommands;

namespace CxPlatform.Bench.Ticketing.Queues;

/// <summary>
/// Fills one tenant with a large help desk's history straight in SQL (<c>INSERT … SELECT … FROM generate_series</c>):
/// tickets, their replies and notes, and groups created through the API; then each ticket's search document gets its
/// conversation's words, as the service's trigger gives it. Secondary indexes of both tables are dropped for the inserts and
/// built again from their own definitions, then both tables are vacuumed and analysed as autovacuum eventually would.
/// </summary>
public static class QueueSeeder
{
    public const int AgentCount = 100;
    public const int GroupCount = 8;
    private const string Seed = "0.42";

    public static async Task<SeedResult> SeedAsync(
        TicketingService service, string connectionString, int tickets, TextWriter progress, CancellationToken cancellationToken)
    {
        var groups = await CreateGroupsAsync(service, cancellationToken);
        var agents = Enumerable.Range(1, AgentCount).Select(i => $"agent-{i:000}").ToArray();
        var now = TimeProvider.System.GetUtcNow();

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        // replica: no foreign-key triggers for rows that are consistent by construction; setseed: the same data every run.
        await ExecuteAsync(connection, $"SET session_replication_role = replica; SET maintenance_work_mem = '1GB'; SELECT setseed({Seed})", cancellationToken);

        var indexes = await SecondaryIndexesAsync(connection, cancellationToken);
        foreach (var name in indexes.Keys)
        {
            await ExecuteAsync(connection, $"DROP INDEX \"{name}\"", cancellationToken);
        }

        progress.WriteLine($"Seeding {tickets:N0} tickets into tenant '{BenchTenants.Queues}'...");
        var ticketSeconds = await TimeAsync(() => ExecuteAsync(connection, Sql("seed-tickets.sql"), cancellationToken, command =>
        {
            command.Parameters.AddWithValue("tenant", BenchTenants.Queues);
            command.Parameters.AddWithValue("n", tickets);
            command.Parameters.AddWithValue("first_number", TicketNumbers.First);
            command.Parameters.AddWithValue("now", now);
            command.Parameters.AddWithValue("subjects", SeedVocabulary.Subjects);
            command.Parameters.AddWithValue("products", SeedVocabulary.Products);
            command.Parameters.AddWithValue("words", SeedVocabulary.DescriptionWords);
            command.Parameters.AddWithValue("tail", SeedVocabulary.TailWords);
            command.Parameters.AddWithValue("tail_share", SeedVocabulary.TailShare);
            command.Parameters.AddWithValue("first_names", SeedVocabulary.FirstNames);
            command.Parameters.AddWithValue("last_names", SeedVocabulary.LastNames);
            command.Parameters.AddWithValue("groups", groups.ToArray());
            command.Parameters.AddWithValue("agents", agents);
            command.Parameters.AddWithValue("tags", SeedVocabulary.TagPool);
            command.Parameters.AddWithValue("selective_word", SeedVocabulary.SelectiveWord);
            command.Parameters.AddWithValue("selective_rate", SeedVocabulary.SelectiveRate);
        }));
        progress.WriteLine($"  tickets in {ticketSeconds:N1} s; replies and notes...");
        var messageSeconds = await TimeAsync(() => ExecuteAsync(connection, Sql("seed-messages.sql"), cancellationToken, command =>
        {
            command.Parameters.AddWithValue("tenant", BenchTenants.Queues);
            command.Parameters.AddWithValue("agents", agents);
            command.Parameters.AddWithValue("reply_words", SeedVocabulary.ReplyWords);
            command.Parameters.AddWithValue("tail", SeedVocabulary.TailWords);
            command.Parameters.AddWithValue("tail_share", SeedVocabulary.TailShare);
            command.Parameters.AddWithValue("replies_only_word", SeedVocabulary.RepliesOnlyWord);
            command.Parameters.AddWithValue("replies_only_rate", SeedVocabulary.RepliesOnlyRate);
        }));
        progress.WriteLine($"  messages in {messageSeconds:N1} s; their words into the tickets' search documents...");
        var documentSeconds = await TimeAsync(async () =>
        {
            await ExecuteAsync(connection, Sql("seed-conversation-search.sql"), cancellationToken,
                command => command.Parameters.AddWithValue("tenant", BenchTenants.Queues));
            await ExecuteAsync(connection, "CLUSTER tickets USING \"PK_tickets\"", cancellationToken);
        });
        progress.WriteLine($"  search documents in {documentSeconds:N1} s; building {indexes.Count} indexes...");
        var indexSeconds = await TimeAsync(async () =>
        {
            foreach (var definition in indexes.Values)
            {
                await ExecuteAsync(connection, definition, cancellationToken);
            }
        });
        await ExecuteAsync(connection, """
            INSERT INTO ticket_number_counters (tenant_id, last_number) VALUES (@tenant, @last)
            ON CONFLICT (tenant_id) DO UPDATE SET last_number = excluded.last_number
            """, cancellationToken, command =>
        {
            command.Parameters.AddWithValue("tenant", BenchTenants.Queues);
            command.Parameters.AddWithValue("last", TicketNumbers.First + tickets - 1);
        });
        progress.WriteLine($"  indexes in {indexSeconds:N1} s; VACUUM ANALYZE...");
        var vacuumSeconds = await TimeAsync(async () =>
        {
            // Not in parallel: a parallel vacuum sizes its shared memory by maintenance_work_mem, more than a container's 64 MB /dev/shm.
            await ExecuteAsync(connection, "VACUUM (ANALYZE, PARALLEL 0) tickets", cancellationToken);
            await ExecuteAsync(connection, "VACUUM (ANALYZE, PARALLEL 0) ticket_messages", cancellationToken);
            await ExecuteAsync(connection, "CHECKPOINT", cancellationToken);
        });

        return await SeedStatistics.DescribeAsync(
            connection, tickets, groups, new SeedTimings(ticketSeconds, messageSeconds, documentSeconds, indexSeconds, vacuumSeconds), cancellationToken);
    }

    private static async Task<List<Guid>> CreateGroupsAsync(TicketingService service, CancellationToken cancellationToken)
    {
        using var admin = service.CreateClient(BenchTenants.Queues, "admin-001", CxRoles.Admin, CxRoles.Agent);
        var groups = new List<Guid>();
        foreach (var name in new[] { "Tier 1", "Tier 2", "Returns", "Billing", "Shipping", "VIP", "Social media", "Stores" }.Take(GroupCount))
        {
            using var response = await admin.PostAsJsonAsync("/api/v1/groups", new { name }, cancellationToken);
            response.EnsureSuccessStatusCode();
            groups.Add((await response.Content.ReadFromJsonAsync<GroupResponse>(cancellationToken))!.Id);
        }
        return groups;
    }

    private static async Task<Dictionary<string, string>> SecondaryIndexesAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT i.indexname, i.indexdef FROM pg_indexes i
            WHERE i.schemaname = current_schema() AND i.tablename IN ('tickets', 'ticket_messages')
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
            ORDER BY i.indexname
            """, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var indexes = new Dictionary<string, string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            indexes[reader.GetString(0)] = reader.GetString(1);
        }
        return indexes;
    }

    private static async Task<double> TimeAsync(Func<Task> step)
    {
        var started = Stopwatch.GetTimestamp();
        await step();
        return Math.Round(Stopwatch.GetElapsedTime(started).TotalSeconds, 1);
    }

    private static string Sql(string name)
    {
        using var stream = typeof(QueueSeeder).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded script {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
