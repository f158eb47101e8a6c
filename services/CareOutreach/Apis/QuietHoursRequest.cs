using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CxPlatform.Care.Domain;

namespace CxPlatform.Care.Apis;

/// <summary>Local "HH:mm" times; end before start wraps midnight. Both empty or absent means no quiet hours.</summary>
public sealed record QuietHoursRequest(
    [RegularExpression(QuietHoursRequest.TimePattern, ErrorMessage = "Use HH:mm, e.g. 22:00.")] string? Start,
    [RegularExpression(QuietHoursRequest.TimePattern, ErrorMessage = "Use HH:mm, e.g. 07:30.")] string? End) : IValidatableObject
{
    public const string TimePattern = "^(([01][0-9]|2[0-3]):[0-5][0-9])?$";

    public QuietHours? ToQuietHours() => string.IsNullOrEmpty(Start) && string.IsNullOrEmpty(End)
        ? null
        : new QuietHours(Parse(Start!), Parse(End!));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrEmpty(Start) != string.IsNullOrEmpty(End))
        {
            yield return new ValidationResult("Quiet hours need both a start and an end (or neither, to remove them).", [nameof(Start), nameof(End)]);
        }
        else if (!string.IsNullOrEmpty(Start) && Start == End)
        {
            yield return new ValidationResult("Quiet hours need different start and end times.", [nameof(End)]);
        }
    }

    private static TimeOnly Parse(string text) => TimeOnly.ParseExact(text, "HH:mm", CultureInfo.InvariantCulture);
}
