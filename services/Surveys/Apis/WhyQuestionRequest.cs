using System.ComponentModel.DataAnnotations;

namespace CxPlatform.Surveys.Apis;

/// <summary>The free-text follow-up to the main rating ("What is the main reason for your score?"); its answer is the comment.</summary>
public sealed record WhyQuestionRequest(
    [Required] IReadOnlyDictionary<string, string> Text,
    bool Required = false,
    int? MaxLength = null);
