using CxPlatform.Surveys.Domain;

namespace CxPlatform.Surveys.Apis;

/// <summary>What the respondent's page shows: the questions in one language, and the answers given so far.</summary>
public sealed record PublicSurvey(
    string Language,
    string Title,
    string Status,
    DateTimeOffset ExpiresAt,
    IReadOnlyList<PublicQuestion> Questions,
    IReadOnlyDictionary<string, object> Answers)
{
    public static PublicSurvey From(SurveyDefinition definition, string language, Invitation invitation, SurveyResponse? response, DateTimeOffset now) => new(
        language,
        definition.Title[language],
        invitation.StatusAt(now),
        invitation.ExpiresAt,
        definition.Questions.Select(q => PublicQuestion.From(q, language)).ToList(),
        (response?.Answers ?? []).ToDictionary(a => a.Key, a => AnswerValue(a.Value)));

    /// <summary>The answer the way it is submitted: a number, a choice id, choice ids, or text.</summary>
    private static object AnswerValue(Answer answer) =>
        (object?)answer.Rating ?? answer.Choice ?? (object?)answer.Choices ?? answer.Text ?? "";
}
