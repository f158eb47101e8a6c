using Microsoft.Extensions.Options;

namespace CxPlatform.Ticketing.AutoClose;

/// <summary>
/// Runs <see cref="AutoCloser"/> on an interval. A sweep is right here, unlike for SLAs: closing a solved ticket a few minutes
/// after its day count is invisible to everyone. Safe with several replicas (rows are claimed with SKIP LOCKED).
/// </summary>
public sealed class AutoCloseService(AutoCloser closer, IOptions<AutoCloseOptions> options, ILogger<AutoCloseService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval);
        do
        {
            try
            {
                int closed;
                do
                {
                    closed = await closer.CloseDueAsync(options.Value.BatchSize, stoppingToken);
                    if (closed > 0)
                    {
                        logger.LogInformation("Auto-closed {Count} solved tickets", closed);
                    }
                }
                while (closed == options.Value.BatchSize);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Auto-close failed; retrying at the next interval");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
