using System.Globalization;
using CxPlatform.Bench.Common.Load;
using CxPlatform.Bench.Common.Reporting;
using CxPlatform.Bench.CareOutreach.Latency;
using CxPlatform.Bench.CareOutreach.Policy;
using static CxPlatform.Bench.Common.Reporting.ReportFormat;

namespace CxPlatform.Bench.CareOutreach.Reporting;

public static class ReportPrinter
{
    public static void Print(CareOutreachReport report, TextWriter output)
    {
        var events = report.Events;
        var policy = report.Policy;
        string[] lines =
        [
            "",
            "================ CareOutreach benchmark ================",
            $"{report.StartedAt:u}  {report.Machine.ProcessorCount} cores  {report.Machine.Runtime}",
            $"load average: {string.Join("  ", report.LoadAverages.Select(stage => $"{stage.Key} {stage.Value}"))}",
            $"PostgreSQL {report.PostgresImage} ({(report.Options.FastPostgres ? "fsync off" : "durable: fsync on")}), RabbitMQ {report.RabbitMqImage}",
            $"CareOutreach service in-process on Kestrel (REST HTTP/1.1, gRPC h2c), environment {report.ServiceEnvironment}, logging at Warning, rate limit lifted;",
            $"  {report.Options.Customers:N0} customers with consent to surveys by e-mail; e-mails to a loopback SMTP sink",
            "",
            $"Event -> task: {events.Events:N0} SlaBreached at {events.Rate}/s open loop ({events.Seconds} s, offered {events.OfferedPerSecond:N1}/s, {events.LateStarts} late starts), after {events.WarmUp} warm-up",
            "  default playbook sla-breach-apology; from just before Publish until the task's commit NOTIFY arrived (one Stopwatch)",
            $"  event -> task committed   {Summary(events.EventToTask)}   ({events.Tasks:N0} tasks, {events.Missing:N0} missing)",
            $"  publish (with confirm)    {Summary(events.Publish)}   ({events.PublishErrors:N0} errors{First(events.FirstError)})",
            $"  CPU ms per event: {Cpu(events.Cpu)}",
            $"  event -> task p99 {events.EventToTask.P99:0.0} ms   target < {EventLatencyResult.P99TargetMs:0} ms   {Verdict(events.P99Met)}",
            "",
            $"GetContactPolicy: {policy.Grpc.Operations:N0} calls at {policy.Rate}/s open loop each way, after {policy.WarmUp} warm-up each; {policy.Allowed:N0} answered allowed",
            "                              offered/s   latency from due time                                     late starts  errors  CPU ms per call: process / PostgreSQL / RabbitMQ",
            Row("gRPC GetContactPolicy", policy.Grpc),
            Row("raw indexed SELECTs (1 trip)", policy.Raw),
            $"  GetContactPolicy p99 {policy.Grpc.Latency.P99:0.0} ms   target < {PolicyResult.P99TargetMs:0} ms   {Verdict(policy.P99Met)}",
            "========================================================",
        ];
        foreach (var line in lines)
        {
            output.WriteLine(line);
        }
    }

    private static string Row(string name, RateRunResult run) =>
        $"  {name,-28} {run.OfferedPerSecond,9:N1}   {Summary(run.Latency)}   {run.LateStarts,11:N0}  {run.Errors,6:N0}  {Cpu(run.Cpu)}{First(run.FirstError)}";

    private static string Cpu(CpuUse? cpu) => cpu is not null
        ? string.Create(CultureInfo.InvariantCulture, $"{cpu.ProcessMs:0.00} / {Optional(cpu.PostgresMs)} / {Optional(cpu.RabbitMqMs)}  (total {cpu.TotalMs:0.00})")
        : "n/a";

    private static string Optional(double? milliseconds) => milliseconds?.ToString("0.00", CultureInfo.InvariantCulture) ?? "n/a";

    private static string First(string? error) => error is not null ? $" (first: {error})" : "";
}
