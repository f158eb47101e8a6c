using CxPlatform.Bench.Common.Infrastructure;
using CxPlatform.Bench.Common.Reporting;
using CxPlatform.Bench.Outbox.Benchmarks;
using CxPlatform.Bench.Outbox.Reporting;
using CxPlatform.Bench.Outbox.Service;

namespace CxPlatform.Bench.Outbox;

/// <summary>One run: fresh infrastructure, a warm-up, then raw publish, outbox throughput and outbox latency, one after another.</summary>
public static class OutboxBenchRun
{
    private const int WarmUpEvents = 1_000;
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(2);

    public static async Task<BenchReport> RunAsync(BenchOptions options, TextWriter progress, CancellationToken cancellationToken)
    {
        var startedAt = TimeProvider.System.GetUtcNow();
        var loadBefore = LoadAverage.Read();
        progress.WriteLine("Starting PostgreSQL and RabbitMQ containers...");
        await using var containers = await BenchContainers.StartAsync(options.FastPostgres);
        var database = await containers.CreateDatabaseAsync("outbox_bench");
        var messaging = await containers.CreateVirtualHostAsync("outbox-bench");
        await BenchService.CreateSchemaAsync(database);
        await using var service = await BenchService.StartAsync(database, messaging, options);

        progress.WriteLine($"Warming up with {WarmUpEvents:N0} events through the outbox...");
        var warmUp = await OutboxThroughputBenchmark.RunAsync(service, "warm-up", WarmUpEvents, options.BatchSize, cancellationToken);
        if (warmUp.Consumed < warmUp.Events || warmUp.MessageBytes == 0)
        {
            throw new InvalidOperationException($"The warm-up consumed {warmUp.Consumed} of {warmUp.Events} events: the outbox does not deliver.");
        }
        await Task.Delay(Settle, cancellationToken);

        progress.WriteLine($"Raw publish with confirms: {options.Events:N0} messages of {warmUp.MessageBytes:N0} bytes...");
        var raw = await RawPublishBenchmark.RunAsync(messaging, options.Events, (int)warmUp.MessageBytes, options.Window, cancellationToken);
        await Task.Delay(Settle, cancellationToken);

        progress.WriteLine($"Outbox throughput: {options.Events:N0} events in batches of {options.BatchSize}...");
        var outbox = await OutboxThroughputBenchmark.RunAsync(service, "throughput", options.Events, options.BatchSize, cancellationToken);
        await Task.Delay(Settle, cancellationToken);

        progress.WriteLine($"Outbox latency: {options.Rate} events/s for {options.Seconds} s...");
        var latency = await OutboxLatencyBenchmark.RunAsync(service, options.Rate, options.Seconds, options.Writers, cancellationToken);

        return new BenchReport(
            startedAt, MachineInfo.Current, loadBefore, LoadAverage.Read(), options, containers.PostgresImage, containers.RabbitMqImage, raw, outbox, latency,
            service.Consumptions.Faults);
    }
}
