using CxPlatform.ServiceDefaults.BusinessTime;
using System.ComponentModel.DataAnnotations;
using CxPlatform.ServiceDefaults.Api;
using CxPlatform.Ticketing.Domain.Sla;

namespace CxPlatform.Ticketing.Apis.Sla;

/// <summary>Working time on one weekday in the calendar's local time, e.g. monday 09:00–17:00; end may be 24:00.</summary>
public sealed record SlaWorkingHours(
    [Required, ValueSet(typeof(Weekdays))] string Day,
    [Required, RegularExpression(ClockTime.Pattern, ErrorMessage = "Use HH:mm, 00:00 to 24:00.")] string Start,
    [Required, RegularExpression(ClockTime.Pattern, ErrorMessage = "Use HH:mm, 00:00 to 24:00.")] string End) : IValidatableObject
{
    public static SlaWorkingHours From(WorkingInterval interval) =>
        new(Weekdays.Name(interval.Day), ClockTime.Format(interval.Start), ClockTime.Format(interval.End));

    public WorkingInterval ToInterval() => new(Weekdays.Parse(Day), ClockTime.Parse(Start), ClockTime.Parse(End));

    public bool IsWellFormed =>
        Weekdays.All.Contains(Day) && ClockTime.IsValid(Start) && ClockTime.IsValid(End);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsWellFormed && ClockTime.Parse(Start) >= ClockTime.Parse(End))
        {
            yield return new ValidationResult("The end must be after the start.", [nameof(End)]);
        }
    }
}
