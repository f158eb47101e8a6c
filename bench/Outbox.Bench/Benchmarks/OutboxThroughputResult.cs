namespace CxPlatform.Bench.Outbox.Benchmarks;

/// <summary>Seconds are counted from the start of the first SaveChanges; a null means that point was not reached in time.</summary>
public sealed record OutboxThroughputResult(
    int Events,
    int BatchSize,
    int Writers,
    long MessageBytes,
    double InsertSeconds,
    double? ConfirmedSeconds,
    double? ConsumedSeconds,
    int Consumed,
    int Redelivered)
{
    public double InsertsPerSecond => Math.Round(Events / InsertSeconds, 1);
    public double? ConfirmedPerSecond => ConfirmedSeconds is { } seconds ? Math.Round(Events / seconds, 1) : null;
    public double? ConsumedPerSecond => ConsumedSeconds is { } seconds ? Math.Round(Events / seconds, 1) : null;
}
