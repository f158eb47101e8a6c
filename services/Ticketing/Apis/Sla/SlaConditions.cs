using System.ComponentModel.DataAnnotations;
using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Api;

namespace CxPlatform.Ticketing.Apis.Sla;

/// <summary>What a policy selects on: each non-empty list must contain the ticket's value; for tags, any one of them.</summary>
public sealed record SlaConditions(
    [MaxLength(SlaConditions.MaxValues)] IReadOnlyList<string>? Priorities = null,
    [MaxLength(SlaConditions.MaxValues)] IReadOnlyList<string>? Channels = null,
    [MaxLength(SlaConditions.MaxValues)] IReadOnlyList<string>? Types = null,
    [MaxLength(SlaConditions.MaxValues)] IReadOnlyList<string>? Tags = null) : IValidatableObject
{
    public const int MaxValues = 50;
    public const int TagLength = 64;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        InValueSet(Priorities, typeof(TicketPriorities), nameof(Priorities))
            .Concat(InValueSet(Channels, typeof(TicketChannels), nameof(Channels)))
            .Concat(InValueSet(Types, typeof(TicketTypes), nameof(Types)))
            .Concat((Tags ?? [])
                .Select((tag, i) => (tag, i))
                .Where(t => string.IsNullOrWhiteSpace(t.tag) || t.tag.Length > TagLength)
                .Select(t => new ValidationResult($"A tag has 1 to {TagLength} characters.", [$"{nameof(Tags)}[{t.i}]"])));

    private static IEnumerable<ValidationResult> InValueSet(IReadOnlyList<string>? values, Type valueSet, string member)
    {
        var attribute = new ValueSetAttribute(valueSet);
        for (var i = 0; i < (values?.Count ?? 0); i++)
        {
            var context = new ValidationContext(values!) { DisplayName = $"{member}[{i}]", MemberName = $"{member}[{i}]" };
            // The value set lets null through (for optional fields); in a list of conditions it is no value at all.
            if (attribute.GetValidationResult(values![i] ?? "", context) is { } error && error != ValidationResult.Success)
            {
                yield return error;
            }
        }
    }
}
