namespace CxPlatform.Care.Domain;

/// <summary>A contact point in the one spelling the platform compares: what identifies a customer within a tenant.</summary>
/// <param name="Kind">One of <see cref="Contracts.ContactPointKinds"/>.</param>
public sealed record NormalizedContactPoint(string Kind, string Value);
