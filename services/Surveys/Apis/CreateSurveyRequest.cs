using System.ComponentModel.DataAnnotations;
using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Api;
using CxPlatform.Surveys.Domain;

namespace CxPlatform.Surveys.Apis;

/// <summary>A new survey; its definition becomes the draft of version 1.</summary>
public sealed record CreateSurveyRequest(
    [Required, StringLength(SurveyLimits.NameLength, MinimumLength = 1)] string Name,
    [Required, ValueSet(typeof(SurveyKinds))] string Kind,
    [Required] SurveyDefinitionRequest Definition,
    bool Anonymous = false);
