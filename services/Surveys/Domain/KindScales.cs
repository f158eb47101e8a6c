using CxPlatform.Contracts;

namespace CxPlatform.Surveys.Domain;

/// <summary>The main rating question's scale is fixed by the survey's kind; a custom survey has none.</summary>
public static class KindScales
{
    public static (int Min, int Max)? For(string kind) => kind switch
    {
        SurveyKinds.Nps => (0, 10),
        SurveyKinds.Csat => (1, 5),
        SurveyKinds.Ces => (1, 7),
        _ => null,
    };
}
