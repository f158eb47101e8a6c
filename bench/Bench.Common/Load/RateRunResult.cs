using CxPlatform.Bench.Common.Reporting;

namespace CxPlatform.Bench.Common.Load;

/// <summary>One open-loop run: what was offered, how it answered, and the CPU per operation.</summary>
public sealed record RateRunResult(
    int Operations, double OfferedPerSecond, double Seconds, int Errors, string? FirstError, int LateStarts, LatencySummary Latency, CpuUse? Cpu)
{
    public static RateRunResult Of(OpenLoopRun run, CpuUse? cpu) => new(
        run.LatenciesMs.Length, run.OfferedPerSecond, Math.Round(run.Seconds, 3), run.Errors, run.FirstError, run.LateStarts, run.Latency, cpu);
}
