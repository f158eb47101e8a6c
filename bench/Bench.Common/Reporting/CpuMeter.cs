using System.Diagnostics;
using CxPlatform.Bench.Common.Infrastructure;

namespace CxPlatform.Bench.Common.Reporting;

/// <summary>
/// CPU used by this process (the service under test and its clients) and by the PostgreSQL and RabbitMQ containers between
/// <see cref="Start"/> and <see cref="Stop"/>: on a 2-core machine, CPU per operation is what bounds throughput.
/// </summary>
public sealed class CpuMeter
{
    private readonly BenchContainers _containers;
    private readonly TimeSpan _process;
    private readonly TimeSpan? _postgres;
    private readonly TimeSpan? _rabbitMq;

    private CpuMeter(BenchContainers containers)
    {
        _containers = containers;
        _process = Process.GetCurrentProcess().TotalProcessorTime;
        _postgres = containers.PostgresCpu;
        _rabbitMq = containers.RabbitMqCpu;
    }

    public static CpuMeter Start(BenchContainers containers) => new(containers);

    public CpuUse Stop(int operations) => new(
        PerOperation(Process.GetCurrentProcess().TotalProcessorTime - _process, operations),
        _containers.PostgresCpu - _postgres is { } postgres ? PerOperation(postgres, operations) : null,
        _containers.RabbitMqCpu - _rabbitMq is { } rabbitMq ? PerOperation(rabbitMq, operations) : null);

    private static double PerOperation(TimeSpan used, int operations) => Math.Round(used.TotalMilliseconds / Math.Max(1, operations), 3);
}
