using System.Globalization;
using CxPlatform.Bench.Common.Reporting;
using CxPlatform.Bench.Ticketing.Creation;
using CxPlatform.Bench.Ticketing.Load;
using CxPlatform.Bench.Ticketing.Queues;
using static CxPlatform.Bench.Common.Reporting.ReportFormat;

namespace CxPlatform.Bench.Ticketing.Reporting;

public static class ReportPrinter
{
    public static void Print(TicketingReport report, TextWriter output)
    {
        var lines = new List<string>
        {
            "",
            "================ Ticketing benchmark ================",
            $"{report.StartedAt:u}  {report.Machine.ProcessorCount} cores  {report.Machine.Runtime}",
            $"load average: {string.Join("  ", report.LoadAverages.Select(stage => $"{stage.Key} {stage.Value}"))}",
            $"PostgreSQL {report.PostgresImage} ({(report.Options.FastPostgres ? "fsync off" : "durable: fsync on")}"
                + $"{string.Concat(report.Options.PostgresSettings.Select(setting => $", {setting}"))}), RabbitMQ {report.RabbitMqImage}",
            $"Ticketing service in-process on Kestrel (loopback HTTP/1.1), environment {report.ServiceEnvironment}, logging at Warning, rate limit lifted",
        };
        if (report.Creation is { } creation)
        {
            lines.AddRange(Creation(creation));
        }
        if (report.Seed is { } seed && report.Queues is { } queues)
        {
            lines.AddRange(Queues(report.Options, seed, queues));
        }
        lines.Add("=====================================================");
        foreach (var line in lines)
        {
            output.WriteLine(line);
        }
        foreach (var queue in report.Queues?.Where(q => q.Plan is not null) ?? [])
        {
            output.WriteLine($"\n---- {queue.Name}: GET /api/v1/tickets?{queue.Query}\n{queue.Plan}");
        }
    }

    private static IEnumerable<string> Creation(CreationResult creation)
    {
        var rows = creation.ApiRows;
        return
        [
            "",
            $"Creation: {creation.Api.Operations:N0} tickets each way, {creation.Api.Clients} concurrent clients, {creation.Rounds} alternating round(s), after {creation.WarmUp:N0} warm-up each",
            $"  API creates in {creation.Tenants} tenant(s), raw inserts in one other tenant",
            "                         creates/s   latency                                             CPU ms per create: process / PostgreSQL / RabbitMQ",
            $"  raw INSERT (Npgsql)   {creation.Raw.PerSecond,9:N0}   {Summary(creation.Raw.Latency)}   {Cpu(creation.Raw)}",
            $"  REST API (POST)       {creation.Api.PerSecond,9:N0}   {Summary(creation.Api.Latency)}   {Cpu(creation.Api)}",
            $"  ratio API / raw       {Ratio(creation.Ratio),9}   target >= {CreationResult.RatioTarget:0.00}   {Verdict(creation.RatioMet)}",
            $"  API p99               {creation.Api.Latency.P99,9:0.0} ms   target < {CreationResult.P99TargetMs:0} ms   {Verdict(creation.P99Met)}",
            $"  each API create also upserted the tenant's number counter and wrote {rows.AuditRows:0.##} audit and {rows.OutboxRows:0.##} outbox row(s)"
                + $"{(creation.IdempotencyKeys ? " and an idempotency key" : "")};",
            $"  the dispatcher had published every event {Seconds(creation.PublishedWithinSeconds)} after a round's last response ({rows.PublishedOutboxRows:0.##} published per ticket)",
            $"  database sessions, average of {creation.Api.Clients}: API {Sessions(creation.ApiSessions)}",
            $"                                     raw {Sessions(creation.RawSessions)}",
            $"  errors: API {creation.Api.Errors:N0}{First(creation.Api)}, raw {creation.Raw.Errors:N0}{First(creation.Raw)}",
        ];
    }

    private static string Sessions(SessionWaits s) => string.Create(CultureInfo.InvariantCulture,
        $"executing {s.Active:0.0} (running {s.Running:0.0}, row lock {s.Lock:0.0}, LWLock {s.LWLock:0.0}, I/O {s.IO:0.0}, other {s.Other:0.0}), idle in transaction {s.IdleInTransaction:0.0}");

    private static IEnumerable<string> Queues(BenchOptions options, SeedResult seed, IReadOnlyList<QueueResult> queues)
    {
        var seconds = seed.Seconds;
        yield return "";
        yield return $"Work queues: tenant with {seed.Tickets:N0} tickets and {seed.Messages:N0} replies/notes "
            + $"(tickets {seed.TicketsMegabytes:N0} MB, messages {seed.MessagesMegabytes:N0} MB with indexes)";
        yield return $"  seeded in {seconds.Total:N0} s: tickets {seconds.Tickets:N0} s, messages {seconds.Messages:N0} s, search documents {seconds.SearchDocuments:N0} s, indexes {seconds.Indexes:N0} s, VACUUM ANALYZE {seconds.VacuumAnalyze:N0} s";
        yield return $"  statuses: {string.Join(", ", seed.Statuses.Select(s => $"{s.Key} {s.Value:N0}"))}";
        yield return $"  tags: {string.Join(", ", seed.TagCounts.Select(t => $"'{t.Key}' on {t.Value:N0}"))};  "
            + $"terms: {string.Join(", ", seed.TermMatches.Select(t => $"'{t.Key}' in {t.Value.InTickets:N0} tickets' subject or description, {t.Value.InMessages:N0} tickets' conversation"))}";
        yield return $"  {options.Requests} requests per queue from {options.QueueClients} concurrent clients, 25 per page";
        yield return $"  {"queue",-30} {"items",5}   {"latency",-53}   {"target p95 < " + QueueResult.P95TargetMs + " ms",-18}   CPU ms per request: process / PostgreSQL";
        foreach (var queue in queues)
        {
            yield return $"  {queue.Name,-30} {queue.Items,5}   {Summary(queue.Load.Latency)}   {Verdict(queue.P95Met),-18}   {ShortCpu(queue.Load)}{First(queue.Load)}";
        }
    }

    private static string Cpu(LoadResult result) => result.Cpu is { } cpu
        ? string.Create(CultureInfo.InvariantCulture, $"{cpu.ProcessMs:0.00} / {Optional(cpu.PostgresMs)} / {Optional(cpu.RabbitMqMs)}  (total {cpu.TotalMs:0.00})")
        : "n/a";

    private static string ShortCpu(LoadResult result) => result.Cpu is { } cpu
        ? string.Create(CultureInfo.InvariantCulture, $"{cpu.ProcessMs,5:0.00} / {Optional(cpu.PostgresMs)}")
        : "n/a";

    private static string Optional(double? milliseconds) => milliseconds?.ToString("0.00", CultureInfo.InvariantCulture) ?? "n/a";

    private static string First(LoadResult result) => result.FirstError is { } error ? $" (first: {error})" : "";
}
