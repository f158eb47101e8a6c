namespace CxPlatform.Surveys.Scoring;

/// <summary>CSAT in percent satisfied; <see cref="Score"/> and <see cref="Interval"/> are null without responses.</summary>
public sealed record CsatResult(string FormulaVersion, int Responses, int Satisfied, double? Score, ConfidenceInterval? Interval);
