using System.ComponentModel.DataAnnotations;
using CxPlatform.Care.Domain;

namespace CxPlatform.Care.Apis;

/// <summary>An IANA time zone id ("Europe/Zurich"); empty is allowed (it clears the field on a change).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class IanaTimeZoneAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        value is null || (value is string text && (text.Length == 0 || TimeZones.TryFind(text, out _)))
            ? ValidationResult.Success
            : new ValidationResult(
                $"The {validationContext.DisplayName} field must be an IANA time zone, e.g. Europe/Zurich.",
                validationContext.MemberName is null ? null : [validationContext.MemberName]);
}
