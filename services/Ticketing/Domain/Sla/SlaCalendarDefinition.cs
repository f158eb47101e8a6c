using CxPlatform.ServiceDefaults.BusinessTime;
namespace CxPlatform.Ticketing.Domain.Sla;

/// <summary>An IANA time zone, weekly working intervals in its local time, and holidays (local dates).</summary>
public sealed record SlaCalendarDefinition(
    string Name,
    string TimeZone,
    IReadOnlyList<WorkingInterval> WorkingHours,
    IReadOnlyList<DateOnly> Holidays);
