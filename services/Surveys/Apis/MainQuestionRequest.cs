using System.ComponentModel.DataAnnotations;

namespace CxPlatform.Surveys.Apis;

/// <summary>The kind's rating question (always required): NPS 0–10, CSAT 1–5, CES 1–7.</summary>
public sealed record MainQuestionRequest(
    [Required] IReadOnlyDictionary<string, string> Text,
    IReadOnlyDictionary<string, string>? MinLabel = null,
    IReadOnlyDictionary<string, string>? MaxLabel = null);
