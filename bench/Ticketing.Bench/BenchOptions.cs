using CxPlatform.Bench.Common;

namespace CxPlatform.Bench.Ticketing;

/// <summary>What one run measures; every value is bounded so a typo cannot start an endless run.</summary>
public sealed record BenchOptions
{
    public int Creates { get; init; } = 5_000;
    public int Clients { get; init; } = 16;
    public int Rounds { get; init; } = 2;
    public int Tenants { get; init; } = 1;
    public int Tickets { get; init; } = 1_000_000;
    public int Requests { get; init; } = 200;
    public int QueueClients { get; init; } = 4;
    public bool FastPostgres { get; init; }
    public IReadOnlyList<string> PostgresSettings { get; init; } = [];
    public bool SkipCreation { get; init; }
    public bool SkipQueues { get; init; }
    public bool Explain { get; init; }
    public bool IdempotencyKeys { get; init; }

    public const string Usage = """
        Ticketing benchmark: ticket creation through the REST API beside raw single-row INSERTs into the same table, and
        work-queue and search latency through the REST API with a large tenant.

          --creates N          creates through the API, and as many raw INSERTs (default 5000, 100..1000000)
          --clients C          concurrent clients for both creation runs (default 16, 1..256)
          --rounds R           creation is split into R rounds, API and raw alternating (API-raw, raw-API, ...) so that a
                               change in the machine's background load hits both sides (default 2, 1..10)
          --tenants T          spread the API's creates over T tenants (default 1, 1..256); each tenant numbers its tickets
                               in its own transaction-held counter row, so T > 1 shows what that serialization costs
          --idempotency-keys   send an Idempotency-Key with every create (adds the key's row to the transaction)
          --tickets N          tickets seeded into the work-queue tenant (default 1000000, 10000..10000000)
          --requests N         requests per work queue (default 200, 10..100000)
          --queue-clients C    concurrent clients for the work queues (default 4, 1..64)
          --fast-postgres      fsync=off and synchronous_commit=off, as the test containers run
          --postgres-setting S one more PostgreSQL server setting, name=value (repeatable), for what-if runs
          --skip-creation      only the work queues
          --skip-queues        only creation (no seeding)
          --explain            print EXPLAIN (ANALYZE, BUFFERS) of the SQL each work queue ran
        """;

    /// <returns>null, with the reason in <paramref name="error"/>, when the arguments are not understood.</returns>
    public static BenchOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        var options = BenchArguments.Parse(args, new BenchOptions(), WithSwitch, WithNumber, out error, WithText);
        if (options is { SkipCreation: true, SkipQueues: true })
        {
            error = "--skip-creation and --skip-queues together leave nothing to measure.";
            return null;
        }
        return options;
    }

    private static BenchOptions? WithSwitch(BenchOptions options, string name) => name switch
    {
        "--fast-postgres" => options with { FastPostgres = true },
        "--skip-creation" => options with { SkipCreation = true },
        "--skip-queues" => options with { SkipQueues = true },
        "--explain" => options with { Explain = true },
        "--idempotency-keys" => options with { IdempotencyKeys = true },
        _ => null,
    };

    private static BenchOptions? WithText(BenchOptions options, string name, string value) =>
        name == "--postgres-setting" && IsSetting(value) ? options with { PostgresSettings = [.. options.PostgresSettings, value] } : null;

    private static BenchOptions? WithNumber(BenchOptions options, string name, int value) => name switch
    {
        "--creates" when value is >= 100 and <= 1_000_000 => options with { Creates = value },
        "--clients" when value is >= 1 and <= 256 => options with { Clients = value },
        "--rounds" when value is >= 1 and <= 10 => options with { Rounds = value },
        "--tenants" when value is >= 1 and <= 256 => options with { Tenants = value },
        "--tickets" when value is >= 10_000 and <= 10_000_000 => options with { Tickets = value },
        "--requests" when value is >= 10 and <= 100_000 => options with { Requests = value },
        "--queue-clients" when value is >= 1 and <= 64 => options with { QueueClients = value },
        _ => null,
    };

    private static bool IsSetting(string text) =>
        text.Split('=') is [var name, var value] && name.Length > 0 && value.Length > 0 && name.All(c => char.IsAsciiLetterLower(c) || c == '_');
}
