using CxPlatform.Delivery.Extensions;
using CxPlatform.Testing.Delivery;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Delivery.Tests;

public sealed class TenantIsolationTests(DeliveryFixture fixture) : IClassFixture<DeliveryFixture>
{
    [Fact]
    public async Task A_tenant_reads_the_status_of_its_own_deliveries_only()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var service = await fixture.StartServiceAsync(DeliveryFixture.Settings());
        var id = Guid.NewGuid();
        await service.NotifyAsync("acme", id, Messages.Webhook(receiver.UrlOf("acme")));
        await service.DeliveredAsync("acme", id);

        Assert.Null(await service.FindAsync("globex", id));
        Assert.Equal(0, await service.AsTenantAsync("globex", (db, _) => db.Deliveries().CountAsync(delivery => delivery.Id == id)));
        Assert.Equal(id, await service.AsTenantAsync("acme", (db, _) => db.Deliveries().Select(delivery => delivery.Id).SingleAsync(found => found == id)));
        Assert.Equal("acme", (await service.FindAsync("acme", id))?.TenantId);
    }

    [Fact]
    public async Task The_same_delivery_id_in_two_tenants_is_two_deliveries()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var service = await fixture.StartServiceAsync(DeliveryFixture.Settings());
        var id = Guid.NewGuid();

        foreach (var tenant in new[] { "acme", "globex" })
        {
            Assert.True(await service.AsTenantAsync(tenant, async (db, deliveries) =>
            {
                var enqueued = await deliveries.EnqueueAsync(id, Messages.Webhook(receiver.UrlOf(tenant)));
                await db.SaveChangesAsync();
                return enqueued;
            }));
        }

        await service.DeliveredAsync("acme", id);
        await service.DeliveredAsync("globex", id);
        Assert.Single(receiver.ReceivedAt("acme"));
        Assert.Single(receiver.ReceivedAt("globex"));
    }
}
