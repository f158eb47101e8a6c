using CxPlatform.Delivery.Tests.Host;
using CxPlatform.Testing.Delivery;
using CxPlatform.Testing;

namespace CxPlatform.Delivery.Tests;

public sealed class ReplicaTests(DeliveryFixture fixture) : IClassFixture<DeliveryFixture>
{
    private const int PerReplica = 30;

    [Fact]
    public async Task Two_replicas_on_one_database_deliver_every_delivery_exactly_once()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var first = await fixture.StartServiceAsync(DeliveryFixture.Settings());
        await using var second = await fixture.StartServiceAsync(DeliveryFixture.Settings());

        await Task.WhenAll(EnqueueAsync(first, receiver), EnqueueAsync(second, receiver));

        var delivered = await Eventually.ReturnsAsync(
            () => Sql.CountAsync(fixture.Database, "deliveries", "status = 'delivered'"), count => count >= 2 * PerReplica);
        Assert.Equal(2 * PerReplica, delivered);
        var requests = receiver.ReceivedAt("replicas");
        Assert.Equal(2 * PerReplica, requests.Count);
        Assert.Equal(2 * PerReplica, requests.Select(request => request.DeliveryId).Distinct().Count());
    }

    private static async Task EnqueueAsync(InvitationsService service, WebhookReceiver receiver)
    {
        for (var i = 0; i < PerReplica; i++)
        {
            await service.NotifyAsync("acme", Guid.NewGuid(), Messages.Webhook(receiver.UrlOf("replicas"), new { sequence = i }));
        }
    }
}
