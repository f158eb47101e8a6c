namespace CxPlatform.Bench.Surveys.Responses;

/// <summary>What the service stored for one completed response, copied into every raw row so both sides write rows of one size.</summary>
public sealed record StoredResponse(string Language, string AnswersJson, int? Score, string? Category, string? Comment, string? FormulaVersion);
