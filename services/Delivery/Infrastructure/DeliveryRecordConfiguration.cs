using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPlatform.Delivery.Infrastructure;

internal sealed class DeliveryRecordConfiguration : IEntityTypeConfiguration<DeliveryRecord>
{
    public const string Table = "deliveries";

    public void Configure(EntityTypeBuilder<DeliveryRecord> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(d => new { d.TenantId, d.Id });
        builder.Property(d => d.TenantId).HasColumnName("tenant_id").HasMaxLength(63);
        builder.Property(d => d.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(d => d.Channel).HasColumnName("channel").HasMaxLength(32);
        builder.Property(d => d.Recipient).HasColumnName("recipient").HasMaxLength(2048);
        builder.Property(d => d.Payload).HasColumnName("payload");
        builder.Property(d => d.Secret).HasColumnName("secret");
        builder.Property(d => d.Status).HasColumnName("status").HasMaxLength(16)
            .HasConversion(status => DeliveryStatusColumn.From(status), value => DeliveryStatusColumn.To(value));
        builder.Property(d => d.Attempts).HasColumnName("attempts");
        builder.Property(d => d.CreatedAt).HasColumnName("created_at");
        builder.Property(d => d.NextAttemptAt).HasColumnName("next_attempt_at");
        builder.Property(d => d.LastError).HasColumnName("last_error");
        builder.Property(d => d.ProviderMessageId).HasColumnName("provider_message_id").HasMaxLength(500);
        builder.Property(d => d.DeliveredAt).HasColumnName("delivered_at");
        builder.Property(d => d.FailedAt).HasColumnName("failed_at");
        builder.Property(d => d.TraceParent).HasColumnName("trace_parent").HasMaxLength(100);
        builder.HasIndex(d => d.NextAttemptAt).HasDatabaseName("ix_deliveries_due")
            .HasFilter($"status IN ('{DeliveryStatusColumn.Pending}', '{DeliveryStatusColumn.Sending}')");
    }
}
