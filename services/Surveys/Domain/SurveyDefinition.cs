using CxPlatform.ServiceDefaults.Globalization;

namespace CxPlatform.Surveys.Domain;

/// <summary>
/// What a respondent sees: the title and questions in each of <see cref="Languages"/> (every text has every language). For NPS,
/// CSAT and CES surveys the first question is the kind's rating (<see cref="ScoreQuestionId"/>), optionally followed by the
/// "why" free text (<see cref="WhyQuestionId"/>).
/// </summary>
public sealed record SurveyDefinition(
    string DefaultLanguage,
    IReadOnlyList<string> Languages,
    IReadOnlyDictionary<string, string> Title,
    IReadOnlyList<SurveyQuestion> Questions)
{
    public const string ScoreQuestionId = "score";
    public const string WhyQuestionId = "why";

    public SurveyQuestion? Find(string questionId) => Questions.FirstOrDefault(q => q.Id == questionId);

    /// <summary>The language to show: the requested one if offered, else its primary language ("de" for "de-CH"), else the default.</summary>
    public string LanguageFor(string? requested)
    {
        if (requested is null)
        {
            return DefaultLanguage;
        }
        var primary = LanguageTags.PrimaryLanguage(requested);
        return Languages.FirstOrDefault(l => l == requested)
            ?? Languages.FirstOrDefault(l => l == primary)
            ?? Languages.FirstOrDefault(l => LanguageTags.PrimaryLanguage(l) == primary)
            ?? DefaultLanguage;
    }
}
