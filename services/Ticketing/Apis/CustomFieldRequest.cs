using System.ComponentModel.DataAnnotations;
using CxPlatform.ServiceDefaults.Api;
using CxPlatform.Ticketing.Domain;

namespace CxPlatform.Ticketing.Apis;

public sealed record CustomFieldRequest(
    [Required, RegularExpression("^[a-z][a-z0-9_]{0,63}$", ErrorMessage = "A key is a lower-case identifier: a–z, 0–9 and '_', starting with a letter.")]
    string Key,
    [Required, StringLength(100, MinimumLength = 1)] string Label,
    [Required, ValueSet(typeof(CustomFieldTypes))] string Type,
    [MaxLength(200)] IReadOnlyList<string>? Options = null) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var options = Options ?? [];
        if (Type == CustomFieldTypes.Dropdown && (options.Count == 0 || options.Any(string.IsNullOrWhiteSpace) || options.Distinct().Count() != options.Count))
        {
            yield return new ValidationResult("A dropdown needs distinct, non-empty options.", [nameof(Options)]);
        }
        if (Type != CustomFieldTypes.Dropdown && options.Count > 0)
        {
            yield return new ValidationResult("Only a dropdown has options.", [nameof(Options)]);
        }
    }
}
