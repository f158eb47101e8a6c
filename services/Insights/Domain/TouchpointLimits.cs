namespace CxPlatform.Insights.Domain;

public static class TouchpointLimits
{
    public const int SourceLength = 100;
    public const int ExternalIdLength = 200;
    public const int DedupeKeyLength = 200;
    public const int KindLength = 40;
    public const int SummaryLength = 300;
    public const int MaxAttributes = 32;
    public const int AttributeKeyLength = 64;
    public const int AttributeValueLength = 1000;
    public const int MaxBatchSize = 1000;

    /// <summary>Touchpoints may report the past freely, the future only within clock skew.</summary>
    public static readonly TimeSpan MaxFutureSkew = TimeSpan.FromMinutes(5);

    public static readonly DateTimeOffset EarliestOccurredAt = new(1970, 1, 1, 0, 0, 0, TimeSpan.Zero);
}
