using CxPlatform.Surveys.Domain;

namespace CxPlatform.Surveys.Apis;

/// <summary>The definition that publishing would freeze as version <see cref="Version"/>.</summary>
public sealed record SurveyDraft(int Version, SurveyDefinition Definition);
