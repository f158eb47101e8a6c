using CxPlatform.Contracts;

namespace CxPlatform.Surveys.Scoring;

/// <summary>
/// Versions of the scoring formulas, stored with every categorised response and reported with every result, so that a future
/// change of formula never silently changes what an old number meant.
/// </summary>
public static class ScoreFormulas
{
    /// <summary>NPS = %promoters (9–10) − %detractors (0–6); 95% normal interval from the variance of the +1/0/−1 variable.</summary>
    public const string NpsV1 = "nps-v1";

    /// <summary>CSAT = % of 4–5 on 1–5; 95% Wilson score interval.</summary>
    public const string CsatV1 = "csat-v1";

    /// <summary>CES = mean of 1–7 with a 95% Student-t interval, and % of 5–7 with a 95% Wilson score interval.</summary>
    public const string CesV1 = "ces-v1";

    public static string? For(string surveyKind) => surveyKind switch
    {
        SurveyKinds.Nps => NpsV1,
        SurveyKinds.Csat => CsatV1,
        SurveyKinds.Ces => CesV1,
        _ => null,
    };
}
