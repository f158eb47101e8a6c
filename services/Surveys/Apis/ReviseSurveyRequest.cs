using System.ComponentModel.DataAnnotations;
using CxPlatform.Surveys.Domain;

namespace CxPlatform.Surveys.Apis;

/// <summary>The whole draft (it replaces the previous one); optionally a new name.</summary>
public sealed record ReviseSurveyRequest(
    [Required] SurveyDefinitionRequest Definition,
    [StringLength(SurveyLimits.NameLength, MinimumLength = 1)] string? Name = null);
