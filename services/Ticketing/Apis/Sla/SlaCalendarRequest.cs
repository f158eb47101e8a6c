using CxPlatform.ServiceDefaults.BusinessTime;
using System.ComponentModel.DataAnnotations;
using CxPlatform.Ticketing.Domain.Sla;

namespace CxPlatform.Ticketing.Apis.Sla;

public sealed record SlaCalendarRequest(
    [Required, StringLength(SlaLimits.NameLength, MinimumLength = 1)] string Name,
    [Required, StringLength(64)] string TimeZone,
    [Required, MinLength(1), MaxLength(SlaCalendarRequest.MaxIntervals)] IReadOnlyList<SlaWorkingHours> WorkingHours,
    [MaxLength(SlaCalendarRequest.MaxHolidays)] IReadOnlyList<DateOnly>? Holidays = null) : IValidatableObject
{
    public const int MaxIntervals = 70;
    public const int MaxHolidays = 1000;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (TimeZone is not null && !IsIanaTimeZone(TimeZone))
        {
            yield return new ValidationResult($"'{TimeZone}' is not an IANA time zone id, e.g. Europe/Zurich.", [nameof(TimeZone)]);
        }
        for (var i = 0; i < (WorkingHours?.Count ?? 0); i++)
        {
            if (WorkingHours![i] is null)
            {
                yield return new ValidationResult("A working interval needs a day, a start and an end.", [$"{nameof(WorkingHours)}[{i}]"]);
            }
        }
        var intervals = (WorkingHours ?? []).Where(h => h is { IsWellFormed: true }).Select(h => h.ToInterval()).ToList();
        for (var i = 0; i < intervals.Count; i++)
        {
            if (intervals.Skip(i + 1).FirstOrDefault(intervals[i].Overlaps) is { } other)
            {
                yield return new ValidationResult(
                    $"{Weekdays.Name(other.Day)} {ClockTime.Format(other.Start)}–{ClockTime.Format(other.End)} overlaps another interval of that day.",
                    [nameof(WorkingHours)]);
            }
        }
    }

    public SlaCalendarDefinition ToDefinition() =>
        new(Name.Trim(), TimeZone, [.. WorkingHours.Select(h => h.ToInterval())], Holidays ?? []);

    private static bool IsIanaTimeZone(string id) => TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zone.HasIanaId;
}
