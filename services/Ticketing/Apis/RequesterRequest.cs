using System.ComponentModel.DataAnnotations;
using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Api;
using CxPlatform.Ticketing.Customers;

namespace CxPlatform.Ticketing.Apis;

/// <summary>
/// The customer, if known, or the contact point they wrote from (at least one of the two). The contact point's kind is
/// derived (e-mail address, E.164 phone number, "network:handle") unless <see cref="ContactKind"/> names it.
/// </summary>
public sealed record RequesterRequest(
    Guid? CustomerId,
    [StringLength(320)] string? ContactPoint,
    [StringLength(200)] string? Name,
    [ValueSet(typeof(ContactPointKinds))] string? ContactKind = null) : IValidatableObject
{
    /// <summary>The given kind, else the one the contact point's shape reveals; null when neither.</summary>
    public string? EffectiveContactKind() => ContactKind ?? ContactPointClassifier.KindOf(ContactPoint?.Trim());

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (CustomerId is null && string.IsNullOrWhiteSpace(ContactPoint))
        {
            yield return new ValidationResult("A requester needs a customerId or a contactPoint.", [nameof(CustomerId), nameof(ContactPoint)]);
        }
        else if (CustomerId is null && EffectiveContactKind() is null)
        {
            yield return new ValidationResult(
                "The contactPoint is neither an e-mail address, an E.164 phone number (+41791234567) nor a network:handle; name its contactKind.",
                [nameof(ContactKind)]);
        }
    }
}
