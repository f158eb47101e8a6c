using CxPlatform.ServiceDefaults.BusinessTime;
using CxPlatform.ServiceDefaults.Tenancy;

namespace CxPlatform.Ticketing.Domain.Sla;

/// <summary>A tenant's business hours, which SLA policies count their targets in.</summary>
public sealed class SlaCalendar : ITenantScoped
{
    private SlaCalendar()
    {
    }

    public Guid Id { get; private set; }
    public string TenantId { get; private set; } = "";
    public string Name { get; private set; } = "";

    /// <summary>An IANA id, e.g. "Europe/Zurich".</summary>
    public string TimeZone { get; private set; } = "";

    public List<WorkingInterval> WorkingHours { get; private set; } = [];
    public DateOnly[] Holidays { get; private set; } = [];
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>PostgreSQL's xmin: the optimistic concurrency token behind ETags.</summary>
    public uint Version { get; private set; }

    public static SlaCalendar Create(string tenantId, SlaCalendarDefinition definition, DateTimeOffset now)
    {
        var calendar = new SlaCalendar { Id = Guid.CreateVersion7(now), TenantId = tenantId, CreatedAt = now };
        calendar.Redefine(definition, now);
        return calendar;
    }

    public void Redefine(SlaCalendarDefinition definition, DateTimeOffset now)
    {
        Name = definition.Name;
        TimeZone = definition.TimeZone;
        WorkingHours = [.. definition.WorkingHours.OrderBy(interval => interval.Day).ThenBy(interval => interval.Start)];
        Holidays = [.. definition.Holidays.Distinct().Order()];
        UpdatedAt = now;
    }

    public BusinessCalendar ToBusinessCalendar() =>
        new(TimeZoneInfo.FindSystemTimeZoneById(TimeZone), WorkingHours, Holidays);
}
