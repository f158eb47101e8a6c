namespace CxPlatform.Insights.Apis;

/// <summary>What became of one submitted touchpoint: <c>created</c>, <c>duplicate</c> (the id is the one recorded first) or <c>rejected</c> (with errors by field).</summary>
public sealed record TouchpointReceipt(int Index, string Outcome, Guid? TouchpointId, IDictionary<string, string[]>? Errors = null);
