using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Api;
using CxPlatform.Ticketing.Domain;

namespace CxPlatform.Ticketing.Apis;

/// <summary>A partial update: omitted fields stay as they are; a custom field set to null is cleared.</summary>
public sealed record ChangeTicketRequest(
    [StringLength(TicketLimits.SubjectLength, MinimumLength = 1)] string? Subject = null,
    [ValueSet(typeof(TicketPriorities))] string? Priority = null,
    [ValueSet(typeof(TicketTypes))] string? Type = null,
    [TagList] IReadOnlyList<string>? Tags = null,
    IReadOnlyDictionary<string, JsonElement>? CustomFields = null);
