using CxPlatform.Testing.Delivery;
using CxPlatform.Testing;
using Microsoft.Extensions.Time.Testing;

namespace CxPlatform.Delivery.Tests;

public sealed class RetryAfterTests(DeliveryFixture fixture) : IClassFixture<DeliveryFixture>
{
    [Fact]
    public async Task A_receiver_answering_429_with_Retry_After_is_tried_again_no_sooner_than_it_asked()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Script("throttling", new ScriptedAnswer(429, RetryAfter: "120"));
        await using var service = await fixture.StartServiceAsync(DeliveryFixture.Settings(), clock);
        var id = Guid.NewGuid();
        var enqueuedAt = clock.GetUtcNow();

        await service.NotifyAsync("acme", id, Messages.Webhook(receiver.UrlOf("throttling")));

        var waiting = await Eventually.ReturnsAsync(
            () => service.FindAsync("acme", id), delivery => delivery is { Status: DeliveryStatus.Pending, Attempts: 1 });
        Assert.Equal(enqueuedAt + TimeSpan.FromSeconds(120), waiting?.NextAttemptAt);
        Assert.Equal("HTTP 429 (TooManyRequests)", waiting?.LastError);

        clock.Advance(TimeSpan.FromSeconds(120));

        var delivered = await service.DeliveredAsync("acme", id);
        Assert.Equal(2, delivered.Attempts);
        Assert.Equal(enqueuedAt + TimeSpan.FromSeconds(120), delivered.DeliveredAt);
        Assert.Equal(
            [enqueuedAt.ToUnixTimeSeconds().ToString(), (enqueuedAt.ToUnixTimeSeconds() + 120).ToString()],
            receiver.ReceivedFor(id).Select(request => request.Timestamp));
    }
}
