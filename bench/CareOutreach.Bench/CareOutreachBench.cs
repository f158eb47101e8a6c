using CxPlatform.Bench.Common.Reporting;
using CxPlatform.Bench.CareOutreach.Reporting;

namespace CxPlatform.Bench.CareOutreach;

/// <summary>
/// The entry point. Not top-level statements: those would declare a second global <c>Program</c> beside the CareOutreach
/// service's, which this benchmark hosts.
/// </summary>
public static class CareOutreachBench
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Contains("--help") || args.Contains("-h"))
        {
            Console.WriteLine(BenchOptions.Usage);
            return 0;
        }
        var options = BenchOptions.Parse(args, out var error);
        if (options is null)
        {
            Console.Error.WriteLine(error);
            Console.Error.WriteLine(BenchOptions.Usage);
            return 2;
        }

        // Ctrl+C still disposes the containers: on Podman no reaper removes them for us.
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        try
        {
            var report = await CareOutreachBenchRun.RunAsync(options, Console.Out, cancellation.Token);
            ReportPrinter.Print(report, Console.Out);
            Console.WriteLine($"Report written to {await ReportWriter.WriteAsync(report, "care-outreach", report.StartedAt)}");
            return 0;
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            Console.Error.WriteLine("Cancelled; containers removed.");
            return 130;
        }
    }
}
