using CxPlatform.Delivery.Dispatch;

namespace CxPlatform.Delivery.Tests;

public sealed class RetryScheduleTests
{
    private static readonly DeliveryOptions Options = new()
    {
        MinBackoff = TimeSpan.FromSeconds(1),
        MaxBackoff = TimeSpan.FromSeconds(10),
        MaxRetryAfter = TimeSpan.FromHours(1),
    };

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(4, 8)]
    [InlineData(5, 10)]
    [InlineData(100, 10)]
    public void The_pause_after_an_attempt_doubles_up_to_the_maximum_jittered_between_half_and_all_of_it(int attempt, int backoffSeconds)
    {
        var random = new Random(attempt);
        var delays = Enumerable.Range(0, 200).Select(_ => RetrySchedule.DelayAfter(attempt, null, Options, random)).ToList();

        Assert.All(delays, delay => Assert.InRange(delay, TimeSpan.FromSeconds(backoffSeconds / 2.0), TimeSpan.FromSeconds(backoffSeconds)));
        Assert.True(delays.Distinct().Count() > 1, "jitter spreads the retries");
    }

    [Fact]
    public void A_Retry_After_longer_than_the_backoff_is_honoured_up_to_the_limit()
    {
        Assert.Equal(TimeSpan.FromMinutes(2), RetrySchedule.DelayAfter(1, TimeSpan.FromMinutes(2), Options, new Random(1)));
        Assert.Equal(TimeSpan.FromHours(1), RetrySchedule.DelayAfter(1, TimeSpan.FromDays(2), Options, new Random(1)));
    }

    [Fact]
    public void A_Retry_After_shorter_than_the_backoff_does_not_shorten_it()
    {
        var delay = RetrySchedule.DelayAfter(4, TimeSpan.FromMilliseconds(10), Options, new Random(1));

        Assert.InRange(delay, TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8));
    }
}
