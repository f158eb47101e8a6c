namespace CxPlatform.Surveys.Scoring;

/// <summary>
/// Customer Effort Score: the mean on 1–7 with its interval (null below two responses: one answer says nothing about spread),
/// and the percentage of 5–7 ("easy") with its interval; all null without responses.
/// </summary>
public sealed record CesResult(
    string FormulaVersion, int Responses, double? Mean, ConfidenceInterval? MeanInterval, int Easy, double? EasyPercent, ConfidenceInterval? EasyInterval);
