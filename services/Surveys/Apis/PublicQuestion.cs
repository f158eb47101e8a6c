using CxPlatform.Surveys.Domain;

namespace CxPlatform.Surveys.Apis;

public sealed record PublicQuestion(
    string Id,
    string Type,
    bool Required,
    string Text,
    int? Min,
    int? Max,
    string? MinLabel,
    string? MaxLabel,
    IReadOnlyList<PublicChoice>? Choices,
    int? MaxLength)
{
    public static PublicQuestion From(SurveyQuestion question, string language) => new(
        question.Id,
        question.Type,
        question.Required,
        question.Text[language],
        question.Scale?.Min,
        question.Scale?.Max,
        question.Scale?.MinLabel?[language],
        question.Scale?.MaxLabel?[language],
        question.Choices?.Select(c => new PublicChoice(c.Id, c.Text[language])).ToList(),
        question.MaxLength);
}
