using CxPlatform.Bench.Common.Reporting;
using CxPlatform.Bench.Surveys.Reporting;

namespace CxPlatform.Bench.Surveys;

/// <summary>
/// The entry point. Not top-level statements: those would declare a second global <c>Program</c> beside the Surveys
/// service's, which this benchmark hosts.
/// </summary>
public static class SurveysBench
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
            var report = await SurveysBenchRun.RunAsync(options, Console.Out, cancellation.Token);
            ReportPrinter.Print(report, Console.Out);
            Console.WriteLine($"Report written to {await ReportWriter.WriteAsync(report, "surveys", report.StartedAt)}");
            return 0;
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            Console.Error.WriteLine("Cancelled; containers removed.");
            return 130;
        }
    }
}
