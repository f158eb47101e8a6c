namespace CxPlatform.Bench.Surveys.Responses;

/// <summary>An invitation inserted for the raw baseline, which its raw response row names.</summary>
public sealed record RawInvitation(Guid Id, Guid CustomerId, DateTimeOffset CreatedAt);
