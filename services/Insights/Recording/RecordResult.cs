namespace CxPlatform.Insights.Recording;

/// <summary>The touchpoint that now stands for the input: new (<paramref name="Created"/>), or the one recorded before under the same key.</summary>
public sealed record RecordResult(Guid TouchpointId, bool Created);
