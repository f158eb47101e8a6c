namespace CxPlatform.Bench.Outbox.Benchmarks;

public sealed record RawPublishResult(int Messages, int MessageBytes, int Window, double Seconds)
{
    public double MessagesPerSecond => Messages / Seconds;
}
