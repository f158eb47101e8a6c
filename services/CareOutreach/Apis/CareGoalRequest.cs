using System.ComponentModel.DataAnnotations;
using CxPlatform.Care.Domain.Goals;
using CxPlatform.ServiceDefaults.Api;

namespace CxPlatform.Care.Apis;

/// <summary>
/// A care goal as an admin writes it (create and replace). The team must be one of the care settings' teams and every
/// playbook one of the tenant's that no other goal counts (checked by the endpoint).
/// </summary>
public sealed record CareGoalRequest(
    [Required, StringLength(CareGoalLimits.NameLength, MinimumLength = 1)] string Name,
    [Required, StringLength(63)] string Team,
    [Required, MinLength(1), MaxLength(CareGoalLimits.MaxPlaybooksPerGoal)] IReadOnlyList<Guid> PlaybookIds,
    [Range(0d, 1d, MinimumIsExclusive = true)] double TargetRate,
    [Required, ValueSet(typeof(GoalPeriods))] string Period,
    [StringLength(CareGoalLimits.DescriptionLength)] string? Description = null,
    bool Enabled = true) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            yield return new ValidationResult("A goal needs a name.", [nameof(Name)]);
        }
        var seen = new HashSet<Guid>();
        for (var i = 0; i < (PlaybookIds?.Count ?? 0); i++)
        {
            if (PlaybookIds![i] == Guid.Empty || !seen.Add(PlaybookIds[i]))
            {
                yield return new ValidationResult("Name each playbook once, by its id.", [$"{nameof(PlaybookIds)}[{i}]"]);
            }
        }
    }

    public CareGoalDefinition ToDefinition() => new(
        Name.Trim(), string.IsNullOrWhiteSpace(Description) ? null : Description.Trim(), Team, PlaybookIds, TargetRate, Period);
}
