using System.Globalization;
using CxPlatform.Bench.Common.Load;
using CxPlatform.Bench.Common.Reporting;
using CxPlatform.Bench.Surveys.Burst;
using CxPlatform.Bench.Surveys.Responses;
using static CxPlatform.Bench.Common.Reporting.ReportFormat;

namespace CxPlatform.Bench.Surveys.Reporting;

public static class ReportPrinter
{
    public static void Print(SurveysReport report, TextWriter output)
    {
        var lines = new List<string>
        {
            "",
            "================ Surveys benchmark ================",
            $"{report.StartedAt:u}  {report.Machine.ProcessorCount} cores  {report.Machine.Runtime}",
            $"load average: {string.Join("  ", report.LoadAverages.Select(stage => $"{stage.Key} {stage.Value}"))}",
            $"PostgreSQL {report.PostgresImage} ({(report.Options.FastPostgres ? "fsync off" : "durable: fsync on")}), RabbitMQ {report.RabbitMqImage}",
            $"Surveys service in-process on Kestrel (loopback HTTP/1.1), environment {report.ServiceEnvironment}, logging at Warning, rate limit lifted;",
            "  Ticketing's CountOpenTickets and CareOutreach's GetContactPolicy answered at once by gRPC stand-ins (h2c, service tokens); e-mails to a loopback SMTP sink",
        };
        if (report.Burst is { } burst)
        {
            lines.AddRange(Burst(burst));
        }
        if (report.Responses is { } responses)
        {
            lines.AddRange(Responses(responses));
        }
        lines.Add("===================================================");
        foreach (var line in lines)
        {
            output.WriteLine(line);
        }
    }

    private static IEnumerable<string> Burst(BurstResult burst) =>
    [
        "",
        $"Invitation burst: {burst.Events:N0} TicketSolved events (distinct tickets and customers), rule ticket_solved with no delay, after {burst.WarmUpEvents} warm-up",
        $"  published in {Seconds(burst.PublishedSeconds)}, all planned after {Seconds(burst.AllPlannedSeconds)}, first invitation after {Seconds(burst.FirstInvitationSeconds)}"
            + $" (scheduler recheck {burst.RecheckSeconds:0} s), all {burst.Events:N0} after {Seconds(burst.AllInvitationsSeconds)} ({burst.Invitations:N0} invitations)",
        $"  planned invitations: {string.Join(", ", burst.PlannedStatuses.Select(s => $"{s.Key} {s.Value:N0}"))}; e-mails at the mail server by then: {burst.EmailsDelivered:N0}",
        "                                        invitations/s   CPU ms per invitation: process / PostgreSQL / RabbitMQ",
        $"  raw single-row INSERT, 1 connection   {Rate(burst.RawPerSecond),9}       {Cpu(burst.RawCpu)}",
        $"  burst, first publish -> last          {Rate(burst.PerSecond),9}       {Cpu(burst.Cpu)}",
        $"  burst, first -> last invitation       {Rate(burst.IssuingPerSecond),9}",
        $"  ratio burst / raw                     {Ratio(burst.Ratio),9}       (no target in the issue)",
    ];

    private static IEnumerable<string> Responses(ResponseResult responses) =>
    [
        "",
        $"Public responses: {responses.Api.Operations:N0} complete answers at {responses.Rate}/s open loop ({responses.Seconds} s), one invitation each, after {responses.WarmUp} warm-up",
        "                                 offered/s  latency from due time                                     late starts  errors  CPU ms per response: process / PostgreSQL / RabbitMQ",
        $"  POST /s/{{token}}/answers     {responses.Api.OfferedPerSecond,9:N1}   {Summary(responses.Api.Latency)}   {responses.Api.LateStarts,11:N0}  {responses.Api.Errors,6:N0}  {Cpu(responses.Api.Cpu)}{First(responses.Api)}",
        $"  raw single-row INSERT         {responses.Raw.OfferedPerSecond,9:N1}   {Summary(responses.Raw.Latency)}   {responses.Raw.LateStarts,11:N0}  {responses.Raw.Errors,6:N0}  {Cpu(responses.Raw.Cpu)}{First(responses.Raw)}",
        $"  public endpoint p99 {responses.Api.Latency.P99:0.0} ms   target < {ResponseResult.P99TargetMs:0} ms   {Verdict(responses.P99Met)}",
    ];

    private static string Cpu(CpuUse? cpu) => cpu is not null
        ? string.Create(CultureInfo.InvariantCulture, $"{cpu.ProcessMs:0.00} / {Optional(cpu.PostgresMs)} / {Optional(cpu.RabbitMqMs)}  (total {cpu.TotalMs:0.00})")
        : "n/a";

    private static string Optional(double? milliseconds) => milliseconds?.ToString("0.00", CultureInfo.InvariantCulture) ?? "n/a";

    private static string First(RateRunResult result) => result.FirstError is { } error ? $" (first: {error})" : "";
}
