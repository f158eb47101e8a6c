namespace CxPlatform.Care.Domain.Playbooks;

/// <summary>A response to a survey of <see cref="SurveyKind"/> whose score lies in <see cref="Min"/>..<see cref="Max"/> (each optional, inclusive).</summary>
public sealed record SurveyScoreCondition(string SurveyKind, int? Min = null, int? Max = null)
{
    public bool Matches(string? surveyKind, int? score) =>
        surveyKind == SurveyKind
        && (Min is null && Max is null || score is { } value && value >= (Min ?? int.MinValue) && value <= (Max ?? int.MaxValue));
}
