using CxPlatform.Surveys.Domain;

namespace CxPlatform.Surveys.Apis;

public sealed record SurveyVersionDetails(Guid SurveyId, int Version, SurveyDefinition Definition, DateTimeOffset PublishedAt)
{
    public static SurveyVersionDetails From(SurveyVersion version) =>
        new(version.SurveyId, version.Number, version.Definition, version.PublishedAt);
}
