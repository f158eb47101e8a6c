using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using CxPlatform.Ticketing.Domain;

namespace CxPlatform.Ticketing.Apis;

/// <summary>At most <see cref="TicketLimits.MaxTags"/> tags, each a lower-case word of letters, digits and <c>_ : . -</c>.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed partial class TagListAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is not IReadOnlyList<string> tags)
        {
            return ValidationResult.Success;
        }
        var members = validationContext.MemberName is null ? null : new[] { validationContext.MemberName };
        if (tags.Count > TicketLimits.MaxTags)
        {
            return new ValidationResult($"A ticket has at most {TicketLimits.MaxTags} tags.", members);
        }
        var invalid = tags.Where(t => t is null || !TagPattern().IsMatch(t.Trim().ToLowerInvariant())).ToList();
        return invalid.Count == 0
            ? ValidationResult.Success
            : new ValidationResult($"Tags are 1–{TicketLimits.TagLength} characters of a–z, 0–9, '_', ':', '.', '-': {string.Join(", ", invalid)}.", members);
    }

    [GeneratedRegex(TicketLimits.TagPattern)]
    private static partial Regex TagPattern();
}
