namespace CxPlatform.Surveys.Apis;

/// <summary>A page of surveys, oldest first; pass <see cref="NextCursor"/> back as <c>cursor</c> for the next page.</summary>
public sealed record SurveyPage(IReadOnlyList<SurveyDetails> Items, string? NextCursor);
