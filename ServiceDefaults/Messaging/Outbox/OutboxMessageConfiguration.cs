using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPlatform.ServiceDefaults.Messaging.Outbox;

/// <summary>
/// Plain snake_case names: the dispatcher reads this table with hand-written SQL. The identity <c>sequence</c> is the key on
/// purpose: EF Core orders a SaveChanges' inserts by key, and store-generated keys keep the order the events were raised in.
/// </summary>
internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable(OutboxSql.Table);
        builder.HasKey(m => m.Sequence);
        builder.HasIndex(m => m.Id).IsUnique();
        builder.Property(m => m.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(m => m.Sequence).HasColumnName("sequence").UseIdentityAlwaysColumn();
        builder.Property(m => m.TenantId).HasColumnName("tenant_id").HasMaxLength(63);
        builder.Property(m => m.StreamKey).HasColumnName("stream_key").HasMaxLength(200);
        builder.Property(m => m.MessageType).HasColumnName("message_type").HasMaxLength(300);
        builder.Property(m => m.Payload).HasColumnName("payload").HasColumnType("jsonb");
        builder.Property(m => m.TraceParent).HasColumnName("trace_parent").HasMaxLength(100);
        builder.Property(m => m.OccurredAt).HasColumnName("occurred_at");
        builder.Property(m => m.CreatedAt).HasColumnName("created_at");
        builder.Property(m => m.SentAt).HasColumnName("sent_at");
        builder.Property(m => m.FailedAt).HasColumnName("failed_at");
        builder.Property(m => m.Attempts).HasColumnName("attempts");
        builder.Property(m => m.LastError).HasColumnName("last_error");
        builder.HasIndex(m => m.Sequence).HasDatabaseName("ix_outbox_messages_pending").HasFilter("sent_at IS NULL AND failed_at IS NULL");
        builder.HasIndex(m => m.SentAt).HasDatabaseName("ix_outbox_messages_sent_at").HasFilter("sent_at IS NOT NULL");
    }
}
