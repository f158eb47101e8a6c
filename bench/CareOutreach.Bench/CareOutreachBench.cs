using CxPlatform.Bench.Common;
using CxPlatform.Bench.CareOutreach.Reporting;

namespace CxPlatform.Bench.CareOutreach;

/// <summary>
/// The entry point. Not top-level statements: those would declare a second global <c>Program</c> beside the CareOutreach
/// service's, which this benchmark hosts.
/// </summary>
public static class CareOutreachBench
{
    public static Task<int> Main(string[] args) => BenchEntryPoint.RunAsync(
        args, "care-outreach", BenchOptions.Usage, BenchOptions.Parse, CareOutreachBenchRun.RunAsync, ReportPrinter.Print, report => report.StartedAt);
}
