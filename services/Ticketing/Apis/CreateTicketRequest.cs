using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Api;
using CxPlatform.Ticketing.Domain;

namespace CxPlatform.Ticketing.Apis;

public sealed record CreateTicketRequest(
    [Required, StringLength(TicketLimits.SubjectLength, MinimumLength = 1)] string Subject,
    [Required, StringLength(TicketLimits.DescriptionLength)] string Description,
    [Required] RequesterRequest Requester,
    [Required, ValueSet(typeof(TicketChannels))] string Channel,
    [ValueSet(typeof(TicketTypes))] string? Type = null,
    [ValueSet(typeof(TicketPriorities))] string? Priority = null,
    [TagList] IReadOnlyList<string>? Tags = null,
    Guid? GroupId = null,
    [StringLength(200)] string? AssigneeId = null,
    ReturnRequestBody? Return = null,
    IReadOnlyDictionary<string, JsonElement>? CustomFields = null) : IValidatableObject
{
    public NewTicket ToNewTicket(IReadOnlyDictionary<string, string?> customFields) => new(
        Subject.Trim(),
        Description,
        new Requester(Requester.CustomerId, Requester.ContactPoint?.Trim(), Requester.Name?.Trim(), Requester.EffectiveContactKind()),
        Channel,
        Type ?? TicketTypes.Question,
        Priority ?? TicketPriorities.Normal,
        Tags,
        Return?.ToReturnRequest(),
        customFields.Where(f => f.Value is not null).ToDictionary(f => f.Key, f => f.Value!));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Type == TicketTypes.Return && Return is null)
        {
            yield return new ValidationResult("A return ticket needs the order reference and the items returned.", [nameof(Return)]);
        }
        if (Type != TicketTypes.Return && Return is not null)
        {
            yield return new ValidationResult("Only a ticket of type 'return' carries a return.", [nameof(Return)]);
        }
    }
}
