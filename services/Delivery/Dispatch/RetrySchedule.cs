using CxPlatform.ServiceDefaults.Messaging;

namespace CxPlatform.Delivery.Dispatch;

/// <summary>When a delivery whose attempt failed transiently is tried again.</summary>
internal static class RetrySchedule
{
    /// <summary>
    /// Exponential backoff with jitter after attempt <paramref name="attempt"/>, but never sooner than the receiver's
    /// Retry-After (bounded by <see cref="DeliveryOptions.MaxRetryAfter"/>).
    /// </summary>
    public static TimeSpan DelayAfter(int attempt, TimeSpan? retryAfter, DeliveryOptions options, Random random)
    {
        var backoff = ExponentialBackoff.WithJitter(ExponentialBackoff.ForAttempt(attempt, options.MinBackoff, options.MaxBackoff), random);
        if (retryAfter is not { } asked)
        {
            return backoff;
        }
        var honoured = asked < options.MaxRetryAfter ? asked : options.MaxRetryAfter;
        return honoured > backoff ? honoured : backoff;
    }
}
