using System.ComponentModel.DataAnnotations;
using CxPlatform.ServiceDefaults.Api;
using CxPlatform.Surveys.Domain;

namespace CxPlatform.Surveys.Apis;

/// <summary>A custom question: <see cref="Scale"/> for rating, <see cref="Choices"/> for single or multiple choice, <see cref="MaxLength"/> for free text.</summary>
public sealed record QuestionRequest(
    [Required] string Id,
    [Required, ValueSet(typeof(QuestionTypes))] string Type,
    [Required] IReadOnlyDictionary<string, string> Text,
    bool Required = false,
    RatingScaleRequest? Scale = null,
    IReadOnlyList<ChoiceRequest>? Choices = null,
    int? MaxLength = null);
