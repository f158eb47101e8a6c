using System.ComponentModel.DataAnnotations;
using CxPlatform.Care.Domain.Playbooks;
using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Api;

namespace CxPlatform.Care.Apis;

/// <summary>A response to a survey of this kind with a score from <see cref="Min"/> to <see cref="Max"/> (inclusive, each optional).</summary>
public sealed record SurveyScoreBody([Required, ValueSet(typeof(SurveyKinds))] string SurveyKind, int? Min = null, int? Max = null) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (SurveyKind is null || !SurveyKinds.All.Contains(SurveyKind))
        {
            yield break;
        }
        var (lowest, highest) = SurveyScales.Of(SurveyKind);
        foreach (var (bound, name) in new[] { (Min, nameof(Min)), (Max, nameof(Max)) })
        {
            if (bound is { } value && (value < lowest || value > highest))
            {
                yield return new ValidationResult($"A {SurveyKind} score is between {lowest} and {highest}.", [name]);
            }
        }
        if (Min > Max)
        {
            yield return new ValidationResult("The minimum must not be above the maximum.", [nameof(Min)]);
        }
    }

    public SurveyScoreCondition ToCondition() => new(SurveyKind, Min, Max);
}
