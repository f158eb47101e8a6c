using CxPlatform.Bench.Common.Reporting;

namespace CxPlatform.Bench.Ticketing.Load;

/// <summary>One or more runs of the same operation taken together: throughput over their summed time, percentiles over all operations.</summary>
public sealed record LoadResult(int Operations, int Clients, double Seconds, int Errors, string? FirstError, LatencySummary Latency, CpuUse? Cpu)
{
    public double PerSecond => Seconds > 0 ? Math.Round(Operations / Seconds, 1) : 0;

    public static LoadResult Of(IReadOnlyCollection<LoadRun> runs, int clients) => new(
        runs.Sum(r => r.LatenciesMs.Length),
        clients,
        Math.Round(runs.Sum(r => r.Seconds), 3),
        runs.Sum(r => r.Errors),
        runs.Select(r => r.FirstError).FirstOrDefault(e => e is not null),
        LatencySummary.Of(runs.SelectMany(r => r.LatenciesMs).ToArray()),
        runs.All(r => r.Cpu is not null) ? AverageCpu(runs) : null);

    private static CpuUse AverageCpu(IReadOnlyCollection<LoadRun> runs)
    {
        var operations = (double)Math.Max(1, runs.Sum(r => r.LatenciesMs.Length));
        double Weighted(Func<CpuUse, double> part) => Math.Round(runs.Sum(r => part(r.Cpu!) * r.LatenciesMs.Length) / operations, 3);
        double? WeightedOrNull(Func<CpuUse, double?> part) =>
            runs.All(r => part(r.Cpu!) is not null) ? Weighted(cpu => part(cpu)!.Value) : null;
        return new CpuUse(Weighted(cpu => cpu.ProcessMs), WeightedOrNull(cpu => cpu.PostgresMs), WeightedOrNull(cpu => cpu.RabbitMqMs));
    }
}
