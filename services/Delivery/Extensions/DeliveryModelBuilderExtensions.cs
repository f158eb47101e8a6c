using CxPlatform.Delivery.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Delivery.Extensions;

public static class DeliveryModelBuilderExtensions
{
    /// <summary>
    /// Adds the <c>deliveries</c> table to the service's model; call from <c>ConfigureDomain</c>, then add a migration.
    /// The table is tenant-scoped like every other entity.
    /// </summary>
    public static ModelBuilder AddDeliveryQueue(this ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfiguration(new DeliveryRecordConfiguration());
}
