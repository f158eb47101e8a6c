using CxPlatform.Contracts.Grpc.Insights;

namespace CxPlatform.Care.Apis;

public sealed record TouchpointResponse(
    string Id, string Kind, string Source, DateTimeOffset? OccurredAt, string Summary, IReadOnlyDictionary<string, string> Attributes)
{
    internal static TouchpointResponse From(Touchpoint touchpoint) => new(
        touchpoint.TouchpointId,
        touchpoint.Kind,
        touchpoint.Source,
        touchpoint.OccurredAt?.ToDateTimeOffset(),
        touchpoint.Summary,
        new Dictionary<string, string>(touchpoint.Attributes, StringComparer.Ordinal));
}
