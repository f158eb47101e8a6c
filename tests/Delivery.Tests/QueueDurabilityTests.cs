using CxPlatform.Delivery.Tests.Host;
using CxPlatform.Testing.Delivery;
using CxPlatform.Testing;

namespace CxPlatform.Delivery.Tests;

public sealed class QueueDurabilityTests(DeliveryFixture fixture) : IClassFixture<DeliveryFixture>
{
    [Fact]
    public async Task Enqueueing_the_same_delivery_twice_sends_it_once()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var service = await fixture.StartServiceAsync(DeliveryFixture.Settings());
        var later = Guid.NewGuid();
        var together = Guid.NewGuid();

        Assert.True(await service.NotifyAsync("acme", later, Messages.Webhook(receiver.UrlOf("twice"))));
        await service.DeliveredAsync("acme", later);
        Assert.False(await service.NotifyAsync("acme", later, Messages.Webhook(receiver.UrlOf("twice"))));
        var enqueuedTogether = await service.AsTenantAsync("acme", async (db, deliveries) =>
        {
            var first = await deliveries.EnqueueAsync(together, Messages.Webhook(receiver.UrlOf("twice")));
            var second = await deliveries.EnqueueAsync(together, Messages.Webhook(receiver.UrlOf("twice")));
            await db.SaveChangesAsync();
            return (first, second);
        });
        Assert.Equal((true, false), enqueuedTogether);
        await DeliverSentinelAsync(service, receiver);

        Assert.Single(receiver.ReceivedFor(later));
        Assert.Single(receiver.ReceivedFor(together));
    }

    [Fact]
    public async Task A_delivery_whose_transaction_rolls_back_is_never_sent()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var service = await fixture.StartServiceAsync(DeliveryFixture.Settings());
        var id = Guid.NewGuid();

        await service.AsTenantAsync("acme", async (db, deliveries) =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Invitations.Add(new Invitation { Id = id, Recipient = "jane@example.com" });
            await deliveries.EnqueueAsync(id, Messages.Webhook(receiver.UrlOf("rolled-back")));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
            return 0;
        });
        await DeliverSentinelAsync(service, receiver);

        Assert.Empty(receiver.ReceivedAt("rolled-back"));
        Assert.Null(await service.FindAsync("acme", id));
    }

    [Fact]
    public async Task A_delivery_is_sent_as_soon_as_its_transaction_commits_without_waiting_for_a_poll()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        // Polling only every ten minutes: a delivery sent within the test's wait was woken by its commit.
        await using var service = await fixture.StartServiceAsync(DeliveryFixture.Settings(null, ("Delivery:PollInterval", "00:10:00")));
        await DeliverSentinelAsync(service, receiver);
        var inTransaction = Guid.NewGuid();
        var onItsOwn = Guid.NewGuid();

        await service.AsTenantAsync("acme", async (db, deliveries) =>
        {
            // The way a consumer's inbox or an idempotent request runs: the save is not yet the commit.
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Invitations.Add(new Invitation { Id = inTransaction, Recipient = "jane@example.com" });
            await deliveries.EnqueueAsync(inTransaction, Messages.Webhook(receiver.UrlOf("prompt")));
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            return 0;
        });
        await service.DeliveredAsync("acme", inTransaction);

        await service.NotifyAsync("acme", onItsOwn, Messages.Webhook(receiver.UrlOf("prompt")));
        await service.DeliveredAsync("acme", onItsOwn);
    }

    /// <summary>A delivery enqueued after the others and sent: by then the dispatcher has had every chance to send those.</summary>
    private static async Task DeliverSentinelAsync(InvitationsService service, WebhookReceiver receiver)
    {
        var sentinel = Guid.NewGuid();
        await service.NotifyAsync("acme", sentinel, Messages.Webhook(receiver.UrlOf("sentinel")));
        await service.DeliveredAsync("acme", sentinel);
    }
}
