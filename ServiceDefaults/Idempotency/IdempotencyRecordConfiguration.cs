using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPlatform.ServiceDefaults.Idempotency;

/// <summary>Plain snake_case names: the key is claimed and cleaned up with hand-written SQL.</summary>
internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public const string Table = "idempotency_keys";

    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable(Table);
        // The primary key is the unique index a concurrent request with the same key waits on.
        builder.HasKey(r => new { r.TenantId, r.Endpoint, r.Key });
        builder.Property(r => r.TenantId).HasColumnName("tenant_id").HasMaxLength(63);
        builder.Property(r => r.Endpoint).HasColumnName("endpoint");
        builder.Property(r => r.Key).HasColumnName("key").HasMaxLength(IdempotencyKey.MaxLength);
        builder.Property(r => r.RequestPath).HasColumnName("request_path");
        builder.Property(r => r.RequestBodySha256).HasColumnName("request_body_sha256").HasMaxLength(64);
        builder.Property(r => r.ResponseStatus).HasColumnName("response_status");
        builder.Property(r => r.ResponseContentType).HasColumnName("response_content_type");
        builder.Property(r => r.ResponseLocation).HasColumnName("response_location");
        builder.Property(r => r.ResponseETag).HasColumnName("response_etag");
        builder.Property(r => r.ResponseBody).HasColumnName("response_body");
        builder.Property(r => r.CreatedAt).HasColumnName("created_at");
        builder.Property(r => r.ExpiresAt).HasColumnName("expires_at");
        builder.HasIndex(r => r.ExpiresAt).HasDatabaseName("ix_idempotency_keys_expires_at");
    }
}
