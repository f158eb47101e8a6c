namespace CxPlatform.Surveys.Domain;

/// <summary>
/// One question; <see cref="Text"/> maps each of the survey's languages to the question's wording. <see cref="Scale"/> is set for
/// rating questions, <see cref="Choices"/> for choice questions, <see cref="MaxLength"/> for free text.
/// </summary>
public sealed record SurveyQuestion(
    string Id,
    string Type,
    bool Required,
    IReadOnlyDictionary<string, string> Text,
    RatingScale? Scale = null,
    IReadOnlyList<SurveyChoice>? Choices = null,
    int? MaxLength = null);
