using CxPlatform.Delivery.Extensions;
using CxPlatform.ServiceDefaults;
using CxPlatform.ServiceDefaults.Data;
using CxPlatform.ServiceDefaults.Tenancy;
using CxPlatform.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CxPlatform.Delivery.Tests.Host;

/// <summary>
/// A minimal service built the way a real one is (service defaults, its <c>CxDbContext</c>, <c>AddDelivery</c>) that sends
/// invitations. Several instances on one database act as replicas.
/// </summary>
public sealed class InvitationsService : IAsyncDisposable
{
    public const string DatabaseName = "invitationsdb";

    private readonly WebApplication _app;

    private InvitationsService(WebApplication app) => _app = app;

    public static async Task CreateSchemaAsync(string databaseConnectionString)
    {
        var options = new DbContextOptionsBuilder<InvitationsDbContext>().UseNpgsql(databaseConnectionString).Options;
        await using var context = new InvitationsDbContext(options, new TenantContext(), TimeProvider.System);
        await context.Database.EnsureCreatedAsync();
    }

    public static async Task<InvitationsService> StartAsync(string databaseConnectionString, IDictionary<string, string?> settings, TimeProvider? time = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{DatabaseName}"] = databaseConnectionString,
            ["Auth:SigningKey"] = TestTokens.SigningKey,
            [DataExtensions.MigrateOnStartupKey] = "false",
        });
        builder.Configuration.AddInMemoryCollection(settings);
        if (time is not null)
        {
            builder.Services.AddSingleton(time);
        }
        builder.AddServiceDefaults();
        builder.AddCxDbContext<InvitationsDbContext>(DatabaseName);
        builder.AddDelivery<InvitationsDbContext>();

        var app = builder.Build();
        await app.StartAsync();
        return new InvitationsService(app);
    }

    /// <summary>Runs work in its own scope acting for <paramref name="tenant"/>, the way a request or a consumer does.</summary>
    public async Task<T> AsTenantAsync<T>(string tenant, Func<InvitationsDbContext, DeliveryQueue, Task<T>> work)
    {
        await using var scope = _app.Services.GetRequiredService<IServiceScopeFactory>().CreateTenantScope(tenant);
        return await work(scope.ServiceProvider.GetRequiredService<InvitationsDbContext>(), scope.ServiceProvider.GetRequiredService<DeliveryQueue>());
    }

    /// <summary>Invites someone: the invitation and its delivery commit in one SaveChanges.</summary>
    public Task<bool> InviteAsync(string tenant, Guid invitationId, EmailMessage email) =>
        AsTenantAsync(tenant, async (db, deliveries) =>
        {
            db.Invitations.Add(new Invitation { Id = invitationId, Recipient = email.To });
            var enqueued = await deliveries.EnqueueAsync(invitationId, email);
            await db.SaveChangesAsync();
            return enqueued;
        });

    /// <summary>Notifies a receiver of an invitation: the invitation and its webhook commit in one SaveChanges.</summary>
    public Task<bool> NotifyAsync(string tenant, Guid invitationId, WebhookMessage webhook) =>
        AsTenantAsync(tenant, async (db, deliveries) =>
        {
            if (!await db.Invitations.AnyAsync(invitation => invitation.Id == invitationId))
            {
                db.Invitations.Add(new Invitation { Id = invitationId, Recipient = webhook.Url });
            }
            var enqueued = await deliveries.EnqueueAsync(invitationId, webhook);
            await db.SaveChangesAsync();
            return enqueued;
        });

    public Task<DeliveryRecord?> FindAsync(string tenant, Guid deliveryId) =>
        AsTenantAsync(tenant, (_, deliveries) => deliveries.FindAsync(deliveryId));

    /// <summary>Waits until the delivery has settled (delivered or failed) and returns it.</summary>
    public async Task<DeliveryRecord> SettledAsync(string tenant, Guid deliveryId)
    {
        var delivery = await Eventually.ReturnsAsync(
            () => FindAsync(tenant, deliveryId),
            found => found?.Status is DeliveryStatus.Delivered or DeliveryStatus.Failed);
        Assert.NotNull(delivery);
        return delivery;
    }

    /// <summary>Waits until the delivery has settled and asserts it was delivered, saying why not if it was not.</summary>
    public async Task<DeliveryRecord> DeliveredAsync(string tenant, Guid deliveryId)
    {
        var delivery = await SettledAsync(tenant, deliveryId);
        Assert.True(
            delivery.Status == DeliveryStatus.Delivered,
            $"Delivery {deliveryId} is {delivery.Status} after {delivery.Attempts} attempts: {delivery.LastError}");
        return delivery;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
