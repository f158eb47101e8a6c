using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPlatform.ServiceDefaults.Messaging.Inbox;

internal sealed class InboxMessageConfiguration : IEntityTypeConfiguration<InboxMessage>
{
    public const string Table = "inbox_messages";

    public void Configure(EntityTypeBuilder<InboxMessage> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(m => new { m.MessageId, m.Consumer });
        builder.Property(m => m.MessageId).HasColumnName("message_id");
        builder.Property(m => m.Consumer).HasColumnName("consumer").HasMaxLength(200);
        builder.Property(m => m.TenantId).HasColumnName("tenant_id").HasMaxLength(63);
        builder.Property(m => m.MessageType).HasColumnName("message_type").HasMaxLength(300);
        builder.Property(m => m.ReceivedAt).HasColumnName("received_at");
        builder.HasIndex(m => m.ReceivedAt).HasDatabaseName("ix_inbox_messages_received_at");
    }
}
