using System.ComponentModel.DataAnnotations;
using CxPlatform.Care.Domain;

namespace CxPlatform.Care.Apis;

/// <summary>Interests, likes and dislikes: at most <see cref="CustomerLimits.MaxTags"/> entries of 1–<see cref="CustomerLimits.TagLength"/> characters.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class TagListAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        value is null || (value is IReadOnlyList<string?> tags && tags.Count <= CustomerLimits.MaxTags
            && tags.All(t => !string.IsNullOrWhiteSpace(t) && t.Length <= CustomerLimits.TagLength))
            ? ValidationResult.Success
            : new ValidationResult(
                $"The {validationContext.DisplayName} field takes at most {CustomerLimits.MaxTags} entries of 1 to {CustomerLimits.TagLength} characters.",
                validationContext.MemberName is null ? null : [validationContext.MemberName]);
}
