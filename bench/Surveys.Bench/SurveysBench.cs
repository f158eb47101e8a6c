using CxPlatform.Bench.Common;
using CxPlatform.Bench.Surveys.Reporting;

namespace CxPlatform.Bench.Surveys;

/// <summary>
/// The entry point. Not top-level statements: those would declare a second global <c>Program</c> beside the Surveys
/// service's, which this benchmark hosts.
/// </summary>
public static class SurveysBench
{
    public static Task<int> Main(string[] args) => BenchEntryPoint.RunAsync(
        args, "surveys", BenchOptions.Usage, BenchOptions.Parse, SurveysBenchRun.RunAsync, ReportPrinter.Print, report => report.StartedAt);
}
