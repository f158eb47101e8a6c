using System.ComponentModel.DataAnnotations;
using CxPlatform.ServiceDefaults.Api;

namespace CxPlatform.Surveys.Apis;

/// <summary>
/// Texts are objects from language tag to text (<c>{"en": "…", "de": "…"}</c>); the title's languages are the survey's languages
/// and every other text must have exactly those. NPS, CSAT and CES surveys need <see cref="MainQuestion"/> (its scale follows from
/// the kind) and may ask <see cref="Why"/>; a custom survey has neither and at least one of <see cref="Questions"/>.
/// </summary>
public sealed record SurveyDefinitionRequest(
    [Required, LanguageTag] string DefaultLanguage,
    [Required] IReadOnlyDictionary<string, string> Title,
    MainQuestionRequest? MainQuestion = null,
    WhyQuestionRequest? Why = null,
    IReadOnlyList<QuestionRequest>? Questions = null);
