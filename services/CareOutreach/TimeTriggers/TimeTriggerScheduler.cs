using CxPlatform.ServiceDefaults.Messaging;
using Microsoft.Extensions.Options;

namespace CxPlatform.Care.TimeTriggers;

/// <summary>Sweeps at start and then every <see cref="TimeTriggerOptions.SweepInterval"/> of the business clock; every replica runs one.</summary>
internal sealed partial class TimeTriggerScheduler(
    TimeTriggerSweep sweep, TimeProvider time, IOptions<TimeTriggerOptions> options, ILogger<TimeTriggerScheduler> logger) : BackgroundService
{
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromMilliseconds(250);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = new ExponentialBackoff(FirstBackoff, options.Value.MaxBackoff);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await sweep.RunAsync(time.GetUtcNow(), stoppingToken);
                backoff.Reset();
                await Task.Delay(options.Value.SweepInterval, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                var delay = backoff.Next();
                LogSweepFailed(exception, delay);
                try
                {
                    // Infrastructure pacing, not business time: a real delay even when a test drives the business clock.
                    await Task.Delay(delay, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    [LoggerMessage(LogLevel.Warning, "The time-trigger sweep failed; retrying in {Backoff}")]
    private partial void LogSweepFailed(Exception exception, TimeSpan backoff);
}
