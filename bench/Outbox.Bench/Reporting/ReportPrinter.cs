using System.Globalization;
using static CxPlatform.Bench.Common.Reporting.ReportFormat;

namespace CxPlatform.Bench.Outbox.Reporting;

public static class ReportPrinter
{
    public static void Print(BenchReport report, TextWriter output)
    {
        var raw = report.Raw;
        var outbox = report.Outbox;
        var latency = report.Latency;
        var lines = new List<string>
        {
            "",
            "================ Outbox benchmark ================",
            $"{report.StartedAt:u}  {report.Machine.ProcessorCount} cores  {report.Machine.Runtime}  load average {report.LoadAverageBefore} -> {report.LoadAverageAfter}",
            $"PostgreSQL {report.PostgresImage} ({(report.Options.FastPostgres ? "fsync off" : "durable: fsync on")}), RabbitMQ {report.RabbitMqImage}",
            $"Outbox:BatchSize {report.Options.OutboxBatchSize?.ToString(CultureInfo.InvariantCulture) ?? "default"}, consumer prefetch {report.Options.Prefetch?.ToString(CultureInfo.InvariantCulture) ?? "default"}",
            "",
            $"Throughput: {outbox.Events:N0} events of {outbox.MessageBytes:N0} bytes on the wire",
            $"  raw RabbitMQ publish + confirm   {raw.MessagesPerSecond,10:N0} msg/s   ({raw.Window} confirms outstanding, {raw.Seconds:N2} s)",
            $"  outbox commit -> consumed        {Rate(outbox.ConsumedPerSecond),10} ev/s    ({Seconds(outbox.ConsumedSeconds)}, {outbox.Consumed:N0}/{outbox.Events:N0} consumed)",
            $"    of which: all committed        {outbox.InsertsPerSecond,10:N0} ev/s    ({outbox.InsertSeconds:N2} s, {outbox.BatchSize} aggregates per SaveChanges, {outbox.Writers} writers)",
            $"              all confirmed        {Rate(outbox.ConfirmedPerSecond),10} ev/s    ({Seconds(outbox.ConfirmedSeconds)})",
            $"  ratio outbox / raw               {Ratio(report.ThroughputRatio),10}        target >= {report.ThroughputRatioTarget:0.00}   {Verdict(report.ThroughputTargetMet)}",
            $"    (dispatcher alone, confirmed / raw: {Ratio(report.DispatchRatio)})",
            "",
            $"Latency: {latency.Rate} ev/s for {latency.Seconds} s ({latency.Events:N0} single-event commits, {latency.Writers} writers, achieved {latency.AchievedRate:N1} ev/s)",
            $"  commit -> consumed    {Summary(latency.CommitToConsumed)}   target p99 < {report.LatencyP99TargetMs:0} ms   {Verdict(report.LatencyTargetMet)}",
            $"  commit -> confirmed   {Summary(latency.CommitToConfirmed)}   (dispatcher's cxp.outbox.lag)",
            $"  SaveChanges           {Summary(latency.SaveChanges)}",
            $"  consumed {latency.Consumed:N0}/{latency.Events:N0}, redelivered {latency.Redelivered:N0}; consumer faults in the whole run {report.ConsumerFaults:N0}",
            "==================================================",
        };
        foreach (var line in lines)
        {
            output.WriteLine(line);
        }
    }
}
