namespace CxPlatform.Surveys.Scoring;

/// <summary>Net Promoter Score on −100..100; <see cref="Score"/> and <see cref="Interval"/> are null without responses.</summary>
public sealed record NpsResult(
    string FormulaVersion, int Responses, int Promoters, int Passives, int Detractors, double? Score, ConfidenceInterval? Interval);
