namespace CxPlatform.Insights.Apis;

/// <summary>One receipt per submitted item, in order, and the totals.</summary>
public sealed record TouchpointBatchReceipt(int Created, int Duplicates, int Rejected, IReadOnlyList<TouchpointReceipt> Items);
