using System.ComponentModel.DataAnnotations;
using CxPlatform.ServiceDefaults.Api;
using CxPlatform.Ticketing.Domain;

namespace CxPlatform.Ticketing.Apis;

public sealed record GroupRequest(
    [Required, StringLength(100, MinimumLength = 1)] string Name,
    [ValueSet(typeof(AssignmentModes))] string? AssignmentMode = null);
