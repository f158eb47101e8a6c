using CxPlatform.Surveys.Domain;

namespace CxPlatform.Surveys.Apis;

/// <summary>A survey as admins and analysts see it: the published version's number and the draft being edited, if any.</summary>
public sealed record SurveyDetails(
    Guid Id,
    string Name,
    string Kind,
    bool Anonymous,
    int? PublishedVersion,
    SurveyDraft? Draft,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static SurveyDetails From(Survey survey) => new(
        survey.Id,
        survey.Name,
        survey.Kind,
        survey.Anonymous,
        survey.PublishedVersion == 0 ? null : survey.PublishedVersion,
        survey.Draft is null ? null : new SurveyDraft(survey.DraftVersion, survey.Draft),
        survey.CreatedAt,
        survey.UpdatedAt);
}
