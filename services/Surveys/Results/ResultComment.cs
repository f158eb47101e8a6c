namespace CxPlatform.Surveys.Results;

public sealed record ResultComment(Guid ResponseId, int SurveyVersion, DateTimeOffset CompletedAt, int? Score, string? Category, string Comment);
