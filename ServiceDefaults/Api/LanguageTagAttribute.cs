using System.ComponentModel.DataAnnotations;
using CxPlatform.ServiceDefaults.Globalization;

namespace CxPlatform.ServiceDefaults.Api;

/// <summary>A BCP 47 language tag ("de-CH"); empty is allowed (it clears the field on a change).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class LanguageTagAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        value is null || (value is string text && (text.Length == 0 || LanguageTags.TryNormalize(text, out _)))
            ? ValidationResult.Success
            : new ValidationResult(
                $"The {validationContext.DisplayName} field must be a BCP 47 language tag, e.g. de-CH.",
                validationContext.MemberName is null ? null : [validationContext.MemberName]);
}
