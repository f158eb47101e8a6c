using CxPlatform.Bench.Common.Reporting;

namespace CxPlatform.Bench.Ticketing.Load;

/// <summary>One closed-loop run as measured: every latency, the wall-clock time, the failures and, when metered, CPU per operation.</summary>
public sealed record LoadRun(double[] LatenciesMs, double Seconds, int Errors, string? FirstError, CpuUse? Cpu = null);
