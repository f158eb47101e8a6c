using System.ComponentModel.DataAnnotations;
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
    [ValueSet(typeof(TicketPriorities))] string? Priority = null)
{
    public NewTicket ToNewTicket() => new(
        Subject.Trim(),
        Description,
        new Requester(Requester.CustomerId, Requester.ContactPoint?.Trim(), Requester.Name?.Trim(), Requester.EffectiveContactKind()),
        Channel,
        Type ?? TicketTypes.Question,
        Priority ?? TicketPriorities.Normal);
}
