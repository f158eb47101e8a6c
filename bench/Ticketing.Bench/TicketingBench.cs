using CxPlatform.Bench.Common;
using CxPlatform.Bench.Ticketing.Reporting;

namespace CxPlatform.Bench.Ticketing;

/// <summary>
/// The entry point. Not top-level statements: those would declare a second global <c>Program</c> beside the Ticketing
/// service's, which this benchmark hosts.
/// </summary>
public static class TicketingBench
{
    public static Task<int> Main(string[] args) => BenchEntryPoint.RunAsync(
        args, "ticketing", BenchOptions.Usage, BenchOptions.Parse, TicketingBenchRun.RunAsync, ReportPrinter.Print, report => report.StartedAt);
}
