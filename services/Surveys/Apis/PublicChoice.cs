namespace CxPlatform.Surveys.Apis;

public sealed record PublicChoice(string Id, string Text);
