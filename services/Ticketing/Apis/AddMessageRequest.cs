using System.ComponentModel.DataAnnotations;
using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Api;
using CxPlatform.Ticketing.Domain;

namespace CxPlatform.Ticketing.Apis;

/// <summary>
/// A reply or note. <c>authorKind: customer</c> records what the customer wrote on another channel (an e-mail, a call); the
/// optional <c>status</c> applies together with the reply, like a help desk's "submit as pending".
/// </summary>
public sealed record AddMessageRequest(
    [Required, StringLength(TicketLimits.MessageLength, MinimumLength = 1)] string Body,
    bool Public = true,
    [ValueSet(typeof(MessageAuthorKinds))] string? AuthorKind = null,
    [ValueSet(typeof(TicketStatuses))] string? Status = null) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (AuthorKind == ActorKinds.Customer && !Public)
        {
            yield return new ValidationResult("A customer's message is always public; internal notes are written by agents.", [nameof(Public)]);
        }
        if (AuthorKind == ActorKinds.Customer && Status is not null)
        {
            yield return new ValidationResult("Only an agent's reply sets a status.", [nameof(Status)]);
        }
    }
}
