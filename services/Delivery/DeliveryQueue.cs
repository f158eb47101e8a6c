using CxPlatform.Delivery.Extensions;
using CxPlatform.ServiceDefaults.Data;
using CxPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Delivery;

/// <summary>
/// Enqueues deliveries in the service's own DbContext: they commit with the caller's next <c>SaveChanges</c> (inside its
/// transaction, if one is open) and are sent only once committed. Enqueueing an id this tenant already enqueued does nothing.
/// </summary>
public sealed class DeliveryQueue(CxDbContext db, ITenantContext tenant, TimeProvider time)
{
    /// <returns>false when a delivery with this id was already enqueued (nothing is added then).</returns>
    /// <exception cref="ServiceDefaults.Errors.InvalidRequestException">The message is invalid (a 400 naming the field in an endpoint).</exception>
    public Task<bool> EnqueueAsync(Guid deliveryId, EmailMessage message, CancellationToken cancellationToken = default) =>
        AddUnlessKnownAsync(DeliveryRecord.ForEmail(tenant.RequiredTenantId, deliveryId, message, time.GetUtcNow()), cancellationToken);

    /// <inheritdoc cref="EnqueueAsync(Guid, EmailMessage, CancellationToken)"/>
    public Task<bool> EnqueueAsync(Guid deliveryId, WebhookMessage message, CancellationToken cancellationToken = default) =>
        AddUnlessKnownAsync(DeliveryRecord.ForWebhook(tenant.RequiredTenantId, deliveryId, message, time.GetUtcNow()), cancellationToken);

    /// <summary>The delivery's status, if the current tenant has a delivery with this id.</summary>
    public Task<DeliveryRecord?> FindAsync(Guid deliveryId, CancellationToken cancellationToken = default) =>
        db.Deliveries().FirstOrDefaultAsync(delivery => delivery.Id == deliveryId, cancellationToken);

    // Two transactions enqueueing the same id at the same moment both pass this check; the later commit then fails on the
    // primary key, and its retry finds the row and does nothing.
    private async Task<bool> AddUnlessKnownAsync(DeliveryRecord delivery, CancellationToken cancellationToken)
    {
        var deliveries = db.Set<DeliveryRecord>();
        if (deliveries.Local.Any(known => known.Id == delivery.Id)
            || await deliveries.AnyAsync(known => known.Id == delivery.Id, cancellationToken))
        {
            return false;
        }
        deliveries.Add(delivery);
        return true;
    }
}
