using System.ComponentModel.DataAnnotations;

namespace CxPlatform.Ticketing.Apis;

/// <summary>The customer, if known, or the contact point they wrote from (at least one of the two).</summary>
public sealed record RequesterRequest(
    Guid? CustomerId,
    [StringLength(320)] string? ContactPoint,
    [StringLength(200)] string? Name) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (CustomerId is null && string.IsNullOrWhiteSpace(ContactPoint))
        {
            yield return new ValidationResult("A requester needs a customerId or a contactPoint.", [nameof(CustomerId), nameof(ContactPoint)]);
        }
    }
}
