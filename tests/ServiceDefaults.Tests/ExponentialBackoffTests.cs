using CxPlatform.ServiceDefaults.Messaging;

namespace CxPlatform.ServiceDefaults.Tests;

public sealed class ExponentialBackoffTests
{
    [Fact]
    public void Backoff_doubles_from_the_minimum_up_to_the_maximum_and_resets()
    {
        var backoff = new ExponentialBackoff(TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(500));

        Assert.Equal(
            [100, 200, 400, 500, 500],
            Enumerable.Range(0, 5).Select(_ => backoff.Next().TotalMilliseconds));
        backoff.Reset();
        Assert.Equal(100, backoff.Next().TotalMilliseconds);
    }
}
