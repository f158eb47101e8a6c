using CxPlatform.Bench.Common.Reporting;

namespace CxPlatform.Bench.Common;

/// <summary>
/// What every benchmark's <c>Main</c> does: <c>--help</c>, options (exit 2 when wrong), Ctrl+C that still removes the
/// containers (on Podman no reaper removes them), then the report printed and written to <c>bench/results/</c>.
/// </summary>
public static class BenchEntryPoint
{
    public delegate TOptions? OptionsParser<TOptions>(IReadOnlyList<string> args, out string? error);

    public static async Task<int> RunAsync<TOptions, TReport>(
        string[] args,
        string name,
        string usage,
        OptionsParser<TOptions> parse,
        Func<TOptions, TextWriter, CancellationToken, Task<TReport>> run,
        Action<TReport, TextWriter> print,
        Func<TReport, DateTimeOffset> startedAt)
        where TOptions : class
    {
        if (args.Contains("--help") || args.Contains("-h"))
        {
            Console.WriteLine(usage);
            return 0;
        }
        if (parse(args, out var error) is not { } options)
        {
            Console.Error.WriteLine(error);
            Console.Error.WriteLine(usage);
            return 2;
        }

        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        try
        {
            var report = await run(options, Console.Out, cancellation.Token);
            print(report, Console.Out);
            Console.WriteLine($"Report written to {await ReportWriter.WriteAsync(report, name, startedAt(report))}");
            return 0;
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            Console.Error.WriteLine("Cancelled; containers removed.");
            return 130;
        }
    }
}
