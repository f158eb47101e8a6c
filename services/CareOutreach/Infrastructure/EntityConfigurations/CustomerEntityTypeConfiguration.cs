using CxPlatform.ServiceDefaults.Data;
using CxPlatform.Care.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPlatform.Care.Infrastructure.EntityConfigurations;

internal sealed class CustomerEntityTypeConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> builder)
    {
        builder.ToTable("customers");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.TenantId).HasMaxLength(63);
        builder.HasIndex(c => new { c.TenantId, c.Id });
        builder.HasIndex(c => new { c.TenantId, c.MergedIntoId });
        builder.Property(c => c.FullName).HasMaxLength(CustomerLimits.NameLength);
        builder.Property(c => c.PreferredName).HasMaxLength(CustomerLimits.NameLength);
        builder.Property(c => c.Language).HasMaxLength(CustomerLimits.LanguageLength);
        builder.Property(c => c.TimeZone).HasMaxLength(CustomerLimits.TimeZoneLength);
        builder.Property(c => c.PreferredChannel).HasMaxLength(32);
        builder.Property(c => c.Interests);
        builder.Property(c => c.Likes);
        builder.Property(c => c.Dislikes);
        builder.Property(c => c.Notes).HasJsonbConversion();
        builder.Property(c => c.ConsentHistory).HasJsonbConversion();
        builder.Property(c => c.Version).IsRowVersion();
        builder.HasMany(c => c.ContactPoints).WithOne().HasForeignKey(p => p.CustomerId);
        builder.Navigation(c => c.ContactPoints).HasField("_contactPoints").AutoInclude();
        builder.Ignore(c => c.QuietHours);
        builder.Ignore(c => c.IsMerged);
        builder.Ignore(c => c.DisplayName);
        builder.Ignore(c => c.Consents);
        builder.Ignore(c => c.PendingEvents);
        builder.Ignore(c => c.EventStreamKey);
    }
}
