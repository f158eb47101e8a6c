namespace CxPlatform.Bench.Common.Reporting;

/// <summary>CPU milliseconds per operation: this process (service and clients), PostgreSQL, RabbitMQ (null where unreadable).</summary>
public sealed record CpuUse(double ProcessMs, double? PostgresMs, double? RabbitMqMs)
{
    public double TotalMs => Math.Round(ProcessMs + (PostgresMs ?? 0) + (RabbitMqMs ?? 0), 3);
}
