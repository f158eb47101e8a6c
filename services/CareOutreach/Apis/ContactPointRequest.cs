using System.ComponentModel.DataAnnotations;
using CxPlatform.Care.Domain;
using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Api;

namespace CxPlatform.Care.Apis;

/// <summary>A contact point as a care agent types it; it is stored normalized (see <see cref="ContactPointNormalizer"/>).</summary>
public sealed record ContactPointRequest(
    [Required, ValueSet(typeof(ContactPointKinds))] string Kind,
    [Required, StringLength(CustomerLimits.ContactPointLength)] string Value,
    bool Verified = false) : IValidatableObject
{
    public NormalizedContactPoint Normalized() =>
        ContactPointNormalizer.TryNormalize(Kind, Value, out var normalized, out var problem)
            ? normalized
            : throw new InvalidOperationException(problem);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Kind is not null && ContactPointKinds.All.Contains(Kind) && Value is not null
            && !ContactPointNormalizer.TryNormalize(Kind, Value, out _, out var problem))
        {
            yield return new ValidationResult(problem, [nameof(Value)]);
        }
    }
}
