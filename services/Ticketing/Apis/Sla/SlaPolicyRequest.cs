using System.ComponentModel.DataAnnotations;
using CxPlatform.Contracts;
using CxPlatform.Ticketing.Domain.Sla;

namespace CxPlatform.Ticketing.Apis.Sla;

/// <param name="Position">Where the policy stands in the tenant's order (the first matching policy wins); by default after the last.</param>
/// <param name="CalendarId">The business hours the targets count in; none means every minute counts.</param>
public sealed record SlaPolicyRequest(
    [Required, StringLength(SlaLimits.NameLength, MinimumLength = 1)] string Name,
    [Required, MinLength(1), MaxLength(3)] IReadOnlyList<SlaPolicyTargetRequest> Targets,
    SlaConditions? Conditions = null,
    Guid? CalendarId = null,
    [Range(1, SlaPolicyRequest.MaxPosition)] int? Position = null) : IValidatableObject
{
    public const int MaxPosition = 10_000;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        for (var i = 0; i < (Targets?.Count ?? 0); i++)
        {
            if (Targets![i] is null)
            {
                yield return new ValidationResult("A target needs a metric and minutes.", [$"{nameof(Targets)}[{i}]"]);
            }
        }
        var repeated = (Targets ?? []).Where(t => t?.Metric is not null).GroupBy(t => t.Metric).Where(g => g.Count() > 1).Select(g => g.Key);
        foreach (var metric in repeated)
        {
            yield return new ValidationResult($"The {metric} target is given more than once.", [nameof(Targets)]);
        }
    }

    public SlaPolicyDefinition ToDefinition() => new(
        Name.Trim(),
        Conditions?.Priorities ?? [],
        Conditions?.Channels ?? [],
        Conditions?.Types ?? [],
        [.. (Conditions?.Tags ?? []).Select(tag => tag.Trim())],
        [.. Targets.OrderBy(t => SlaMetrics.All.ToList().IndexOf(t.Metric)).Select(t => new SlaPolicyTarget(t.Metric, t.Minutes))],
        CalendarId);
}
