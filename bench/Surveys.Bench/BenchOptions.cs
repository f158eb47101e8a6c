using CxPlatform.Bench.Common;

namespace CxPlatform.Bench.Surveys;

/// <summary>What one run measures; every value is bounded so a typo cannot start an endless run.</summary>
public sealed record BenchOptions
{
    public int Events { get; init; } = 10_000;
    public int Rate { get; init; } = 200;
    public int Seconds { get; init; } = 30;
    public int RecheckSeconds { get; init; } = 30;
    public bool FastPostgres { get; init; }
    public bool SkipBurst { get; init; }
    public bool SkipResponses { get; init; }

    public int Responses => Rate * Seconds;

    public const string Usage = """
        Surveys benchmark: invitations issued from a burst of TicketSolved events beside raw INSERTs of the same rows, and
        public response submission at a fixed rate beside raw INSERTs of the same response rows at the same rate.

          --events N           TicketSolved events in the burst, and raw invitation rows (default 10000, 100..1000000)
          --rate R             public response submissions per second, open loop (default 200, 1..5000)
          --seconds S          length of the response run (default 30, 5..3600); one invitation per submission
          --recheck S          Distribution:RecheckInterval in seconds (default 30, the service's default, 1..300)
          --fast-postgres      fsync=off and synchronous_commit=off, as the test containers run
          --skip-burst         only the response run
          --skip-responses     only the burst
        """;

    /// <returns>null, with the reason in <paramref name="error"/>, when the arguments are not understood.</returns>
    public static BenchOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        var options = BenchArguments.Parse(args, new BenchOptions(), WithSwitch, WithNumber, out error);
        if (options is { SkipBurst: true, SkipResponses: true })
        {
            error = "--skip-burst and --skip-responses together leave nothing to measure.";
            return null;
        }
        return options;
    }

    private static BenchOptions? WithSwitch(BenchOptions options, string name) => name switch
    {
        "--fast-postgres" => options with { FastPostgres = true },
        "--skip-burst" => options with { SkipBurst = true },
        "--skip-responses" => options with { SkipResponses = true },
        _ => null,
    };

    private static BenchOptions? WithNumber(BenchOptions options, string name, int value) => name switch
    {
        "--events" when value is >= 100 and <= 1_000_000 => options with { Events = value },
        "--rate" when value is >= 1 and <= 5_000 => options with { Rate = value },
        "--seconds" when value is >= 5 and <= 3_600 => options with { Seconds = value },
        "--recheck" when value is >= 1 and <= 300 => options with { RecheckSeconds = value },
        _ => null,
    };
}
