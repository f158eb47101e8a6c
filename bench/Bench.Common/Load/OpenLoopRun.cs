using CxPlatform.Bench.Common.Reporting;

namespace CxPlatform.Bench.Common.Load;

/// <summary>
/// One open-loop run as measured: every latency (from its due time), how long the schedule took to offer (<c>OfferedSeconds</c>)
/// and to finish, the failures, and how many operations the generator started more than <see cref="OpenLoop.LateStart"/> late.
/// </summary>
public sealed record OpenLoopRun(double[] LatenciesMs, double OfferedSeconds, double Seconds, int Errors, string? FirstError, int LateStarts)
{
    public LatencySummary Latency => LatencySummary.Of(LatenciesMs);

    public double OfferedPerSecond => OfferedSeconds > 0 ? Math.Round(LatenciesMs.Length / OfferedSeconds, 1) : 0;
}
