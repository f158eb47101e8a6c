using System.ComponentModel.DataAnnotations;
using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Api;
using CxPlatform.Ticketing.Domain;

namespace CxPlatform.Ticketing.Apis;

public sealed record MacroRequest(
    [Required, StringLength(100, MinimumLength = 1)] string Name,
    [Required, StringLength(TicketLimits.MessageLength, MinimumLength = 1)] string Body,
    bool Public = true,
    [ValueSet(typeof(TicketStatuses))] string? SetStatus = null,
    [TagList] IReadOnlyList<string>? AddTags = null) : IValidatableObject
{
    public MacroDefinition ToDefinition() => new(Name.Trim(), Body, Public, SetStatus, AddTags ?? []);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var unknown = MacroTemplate.UnknownPlaceholders(Body ?? "");
        if (unknown.Count > 0)
        {
            yield return new ValidationResult(
                $"Unknown placeholder(s): {string.Join(", ", unknown)}. Known: {string.Join(", ", MacroTemplate.Placeholders)}.", [nameof(Body)]);
        }
    }
}
