using System.Diagnostics;
using CxPlatform.Bench.Common.Infrastructure;
using CxPlatform.Bench.Common.Load;
using CxPlatform.Bench.Common.Reporting;
using CxPlatform.Bench.CareOutreach.Service;
using CxPlatform.Contracts;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace CxPlatform.Bench.CareOutreach.Latency;

/// <summary>
/// SlaBreached events published to RabbitMQ at a fixed rate (open loop); the default playbook <c>sla-breach-apology</c> plans one
/// apology task per event. A warm-up second first, which also installs the tenant's default playbooks.
/// </summary>
public static class EventLatencyBenchmark
{
    private static readonly TimeSpan Stall = TimeSpan.FromSeconds(30);

    public static async Task<EventLatencyResult> RunAsync(
        CareOutreachService service, BenchContainers containers, string database, Guid[] customers, BenchOptions options, TextWriter progress,
        CancellationToken cancellationToken)
    {
        var bus = service.Services.GetRequiredService<IBus>();
        await using var listener = await TaskCommitListener.StartAsync(database, cancellationToken);

        var warmUp = options.Rate;
        progress.WriteLine($"Event -> task: warm-up, {warmUp} SlaBreached events at {options.Rate}/s...");
        var warmUpRun = await PublishAsync(bus, listener, customers, 0, warmUp, options.Rate, cancellationToken);
        progress.WriteLine($"  {warmUpRun.Tasks} of {warmUp} tasks, p99 {warmUpRun.EventToTask.P99:0.0} ms");

        progress.WriteLine($"Event -> task: {options.Events:N0} SlaBreached events at {options.Rate}/s, open loop...");
        var meter = CpuMeter.Start(containers);
        var run = await PublishAsync(bus, listener, customers, warmUp, options.Events, options.Rate, cancellationToken);
        var cpu = meter.Stop(options.Events);
        progress.WriteLine($"  {run.Tasks:N0} tasks, {ReportFormat.Summary(run.EventToTask)}");

        return new EventLatencyResult(
            options.Rate, options.Seconds, warmUp, options.Events, run.Tasks, run.Publishing.OfferedPerSecond, run.Publishing.LateStarts,
            run.Publishing.Errors, run.Publishing.FirstError, run.EventToTask, run.Publishing.Latency, cpu);
    }

    private static async Task<PublishedRun> PublishAsync(
        IBus bus, TaskCommitListener listener, Guid[] customers, int first, int count, int rate, CancellationToken cancellationToken)
    {
        var now = TimeProvider.System.GetUtcNow();
        var events = Enumerable.Range(first, count)
            .Select(index => SlaBreaches.Make(BenchCustomers.Tenant, customers[index % customers.Length], index, now))
            .ToArray();
        var publishedAt = new long[count];
        var publishing = await OpenLoop.RunAsync(count, rate, async (index, token) =>
        {
            var breach = events[index];
            publishedAt[index] = Stopwatch.GetTimestamp();
            try
            {
                await bus.Publish(breach, context => context.MessageId = breach.EventId, token);
                return null;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                return exception.Message;
            }
        }, cancellationToken);

        await WaitForTasksAsync(listener, events, cancellationToken);
        var latencies = events
            .Select((breach, index) => listener.CommittedAt.TryGetValue(breach.EventId, out var committed)
                ? Stopwatch.GetElapsedTime(publishedAt[index], committed).TotalMilliseconds
                : (double?)null)
            .OfType<double>()
            .ToArray();
        return new PublishedRun(publishing, latencies.Length, LatencySummary.Of(latencies));
    }

    private static async Task WaitForTasksAsync(TaskCommitListener listener, SlaBreached[] events, CancellationToken cancellationToken)
    {
        var seen = 0;
        var lastProgress = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(lastProgress) < Stall)
        {
            var now = events.Count(breach => listener.CommittedAt.ContainsKey(breach.EventId));
            if (now == events.Length)
            {
                return;
            }
            if (now != seen)
            {
                (seen, lastProgress) = (now, Stopwatch.GetTimestamp());
            }
            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }
    }
}
