using CxPlatform.Bench.Common;

namespace CxPlatform.Bench.CareOutreach;

/// <summary>What one run measures; every value is bounded so a typo cannot start an endless run.</summary>
public sealed record BenchOptions
{
    public int Rate { get; init; } = 300;
    public int Seconds { get; init; } = 20;
    public int Customers { get; init; } = 1_000;
    public int PolicyRate { get; init; } = 200;
    public int PolicyCalls { get; init; } = 4_000;
    public bool FastPostgres { get; init; }

    public int Events => Rate * Seconds;

    public const string Usage = """
        CareOutreach benchmark: SlaBreached event -> outreach task latency at a fixed rate, and GetContactPolicy over gRPC beside a
        raw indexed SELECT of the same rows at the same rate.

          --rate R             SlaBreached events per second, open loop (default 300, 1..5000)
          --seconds S          length of the event run (default 20, 5..3600)
          --customers N        customer profiles created through the API first (default 1000, 10..100000)
          --policy-rate R      GetContactPolicy calls per second, and raw SELECTs, open loop (default 200, 1..5000)
          --policy-calls N     calls on each side (default 4000, 100..1000000)
          --fast-postgres      fsync=off and synchronous_commit=off, as the test containers run
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
        "--rate" when value is >= 1 and <= 5_000 => options with { Rate = value },
        "--seconds" when value is >= 5 and <= 3_600 => options with { Seconds = value },
        "--customers" when value is >= 10 and <= 100_000 => options with { Customers = value },
        "--policy-rate" when value is >= 1 and <= 5_000 => options with { PolicyRate = value },
        "--policy-calls" when value is >= 100 and <= 1_000_000 => options with { PolicyCalls = value },
        _ => null,
    };
}
