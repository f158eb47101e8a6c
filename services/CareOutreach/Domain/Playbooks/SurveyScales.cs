using CxPlatform.Contracts;

namespace CxPlatform.Care.Domain.Playbooks;

/// <summary>The score range of each survey kind: NPS 0–10, CSAT 1–5, CES 1–7; a custom survey's rating 0–100.</summary>
public static class SurveyScales
{
    public static (int Min, int Max) Of(string surveyKind) => surveyKind switch
    {
        SurveyKinds.Nps => (0, 10),
        SurveyKinds.Csat => (1, 5),
        SurveyKinds.Ces => (1, 7),
        _ => (0, 100),
    };
}
