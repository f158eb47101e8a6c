using CxPlatform.Ticketing.Domain.Sla;

namespace CxPlatform.Ticketing.Apis.Sla;

public sealed record SlaCalendarResponse(
    Guid Id,
    string Name,
    string TimeZone,
    IReadOnlyList<SlaWorkingHours> WorkingHours,
    IReadOnlyList<DateOnly> Holidays,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static SlaCalendarResponse From(SlaCalendar calendar) => new(
        calendar.Id, calendar.Name, calendar.TimeZone, [.. calendar.WorkingHours.Select(SlaWorkingHours.From)], calendar.Holidays,
        calendar.CreatedAt, calendar.UpdatedAt);
}
