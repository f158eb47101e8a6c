using System.ComponentModel.DataAnnotations;

namespace CxPlatform.Care.Apis;

/// <summary>The profile that turned out to be the same person; it is folded into this one and becomes a pointer to it.</summary>
public sealed record MergeCustomerRequest(Guid DuplicateId) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (DuplicateId == Guid.Empty)
        {
            yield return new ValidationResult("Name the duplicate customer's id.", [nameof(DuplicateId)]);
        }
    }
}
