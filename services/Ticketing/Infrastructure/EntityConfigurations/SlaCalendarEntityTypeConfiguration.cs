using CxPlatform.Ticketing.Domain.Sla;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPlatform.Ticketing.Infrastructure.EntityConfigurations;

internal sealed class SlaCalendarEntityTypeConfiguration : IEntityTypeConfiguration<SlaCalendar>
{
    public void Configure(EntityTypeBuilder<SlaCalendar> builder)
    {
        builder.ToTable("sla_calendars");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.TenantId).HasMaxLength(63);
        builder.Property(c => c.Name).HasMaxLength(SlaLimits.NameLength);
        builder.Property(c => c.TimeZone).HasMaxLength(64);
        builder.ComplexCollection(c => c.WorkingHours, hours => hours.ToJson());
        builder.Property(c => c.Version).IsRowVersion();
        builder.HasIndex(c => c.TenantId);
    }
}
