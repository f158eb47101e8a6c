namespace CxPlatform.Surveys.Domain;

public sealed record SurveyChoice(string Id, IReadOnlyDictionary<string, string> Text);
