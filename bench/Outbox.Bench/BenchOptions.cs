using CxPlatform.Bench.Common;

namespace CxPlatform.Bench.Outbox;

/// <summary>What one run measures; every value is bounded so a typo cannot start an endless run.</summary>
public sealed record BenchOptions
{
    public int Events { get; init; } = 20_000;
    public int Rate { get; init; } = 500;
    public int Seconds { get; init; } = 20;
    public int BatchSize { get; init; } = 100;
    public int Writers { get; init; } = 16;
    public int Window { get; init; } = 200;
    public bool FastPostgres { get; init; }

    /// <summary>Overrides <c>Outbox:BatchSize</c> of the service under test; null keeps the platform's default.</summary>
    public int? OutboxBatchSize { get; init; }

    /// <summary>Overrides the consumer endpoint's prefetch count; null keeps MassTransit's default.</summary>
    public int? Prefetch { get; init; }

    public const string Usage = """
        Outbox benchmark: outbox throughput beside raw RabbitMQ publish-with-confirms, and commit-to-consumed latency at a steady rate.

          --events N        events for the throughput runs, raw and outbox (default 20000, 1000..1000000)
          --rate R          events per second for the latency run (default 500, 1..5000)
          --seconds S       length of the latency run (default 20, 1..600)
          --batch B         aggregates per SaveChanges in the outbox throughput run (default 100, 1..1000)
          --writers W       concurrent writers in the latency run (default 16, 1..64): enough to hold the rate when commits slow down
          --window W        outstanding confirms in the raw run (default 200: the dispatcher's batch size)
          --fast-postgres   fsync=off and synchronous_commit=off, as the test containers run
          --outbox-batch N  the service's Outbox:BatchSize (default: the platform's, 200)
          --prefetch N      the consumer endpoint's prefetch count (default: MassTransit's)
        """;

    /// <returns>null, with the reason in <paramref name="error"/>, when the arguments are not understood.</returns>
    public static BenchOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        return BenchArguments.Parse(args, new BenchOptions(), WithSwitch, WithNumber, out error);
    }

    private static BenchOptions? WithSwitch(BenchOptions options, string name) => name switch
    {
        "--fast-postgres" => options with { FastPostgres = true },
        _ => null,
    };

    private static BenchOptions? WithNumber(BenchOptions options, string name, int value) => name switch
    {
        "--events" when value is >= 1_000 and <= 1_000_000 => options with { Events = value },
        "--rate" when value is >= 1 and <= 5_000 => options with { Rate = value },
        "--seconds" when value is >= 1 and <= 600 => options with { Seconds = value },
        "--batch" when value is >= 1 and <= 1_000 => options with { BatchSize = value },
        "--writers" when value is >= 1 and <= 64 => options with { Writers = value },
        "--window" when value is >= 1 and <= 10_000 => options with { Window = value },
        "--outbox-batch" when value is >= 1 and <= 10_000 => options with { OutboxBatchSize = value },
        "--prefetch" when value is >= 1 and <= 10_000 => options with { Prefetch = value },
        _ => null,
    };
}
