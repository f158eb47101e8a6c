using System.Diagnostics;
using CxPlatform.Bench.Common.Infrastructure;
using CxPlatform.Bench.Common.Reporting;
using CxPlatform.Bench.Surveys.Service;
using CxPlatform.Contracts;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CxPlatform.Bench.Surveys.Burst;

/// <summary>
/// The raw baseline first (nothing else running), then a warm-up burst in a tenant of its own, then the burst: every event
/// published to RabbitMQ as Ticketing would publish it, and the invitation rows counted every 100 ms until all exist.
/// </summary>
public static class BurstBenchmark
{
    private const int WarmUpEvents = 200;
    private const int PublishConcurrency = 100;
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    public static async Task<BurstResult> RunAsync(
        SurveysService service, BenchContainers containers, string database, BenchOptions options, TextWriter progress, CancellationToken cancellationToken)
    {
        var time = TimeProvider.System;
        var rawSurvey = await BenchSurvey.CreateAsync(service, BenchTenants.RawInvitations, withTicketSolvedRule: false, cancellationToken);
        progress.WriteLine($"Raw baseline: {options.Events:N0} single-row INSERTs into survey_invitations...");
        var rawMeter = CpuMeter.Start(containers);
        var rawSeconds = await RawInvitationInserter.InsertAsync(database, BenchTenants.RawInvitations, rawSurvey, options.Events, time, cancellationToken);
        var rawCpu = rawMeter.Stop(options.Events);
        progress.WriteLine($"  {options.Events / rawSeconds:N0} rows/s");

        var warmUp = Math.Min(WarmUpEvents, options.Events);
        progress.WriteLine($"Warm-up: {warmUp} TicketSolved events in a tenant of their own...");
        await BenchSurvey.CreateAsync(service, BenchTenants.WarmUp, withTicketSolvedRule: true, cancellationToken);
        var warmUpRun = await BurstAsync(service, database, BenchTenants.WarmUp, warmUp, options, progress, cancellationToken);
        progress.WriteLine($"  {warmUpRun.Invitations} invitations after {Seconds(warmUpRun.AllInvitationsSeconds)}");

        progress.WriteLine($"Burst: {options.Events:N0} TicketSolved events (Distribution:RecheckInterval {options.RecheckSeconds} s)...");
        await BenchSurvey.CreateAsync(service, BenchTenants.Burst, withTicketSolvedRule: true, cancellationToken);
        var emailsBefore = service.EmailsReceived;
        var meter = CpuMeter.Start(containers);
        var run = await BurstAsync(service, database, BenchTenants.Burst, options.Events, options, progress, cancellationToken);
        var cpu = meter.Stop(options.Events);

        return new BurstResult(
            options.Events, warmUp, options.RecheckSeconds, run.PublishedSeconds, run.AllPlannedSeconds, run.FirstInvitationSeconds,
            run.AllInvitationsSeconds, run.Invitations, await PlannedStatusesAsync(database, BenchTenants.Burst, cancellationToken),
            service.EmailsReceived - emailsBefore, cpu, Math.Round(rawSeconds, 3), rawCpu);
    }

    private static async Task<BurstRun> BurstAsync(
        SurveysService service, string database, string tenant, int events, BenchOptions options, TextWriter progress, CancellationToken cancellationToken)
    {
        var solved = SolvedTickets.Make(tenant, events, TimeProvider.System.GetUtcNow());
        await using var planned = await RowCounter.OpenAsync(database, "planned_invitations", tenant, cancellationToken);
        await using var invitations = await RowCounter.OpenAsync(database, "survey_invitations", tenant, cancellationToken);
        // Give up when nothing moved for longer than the scheduler can sleep, and then some.
        var stall = TimeSpan.FromSeconds(options.RecheckSeconds + 60);

        var started = Stopwatch.GetTimestamp();
        var publishing = PublishAsync(service.Services.GetRequiredService<IBus>(), solved, cancellationToken);
        double? publishedAt = null, allPlannedAt = null, firstInvitationAt = null;
        long invited = 0, plannedCount = 0;
        var lastProgress = Stopwatch.GetTimestamp();
        var lastReport = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(lastProgress) < stall)
        {
            await Task.Delay(PollInterval, cancellationToken);
            var now = Math.Round(Stopwatch.GetElapsedTime(started).TotalSeconds, 2);
            if (publishedAt is null && publishing.IsCompleted)
            {
                await publishing;
                publishedAt = now;
            }
            var (nextPlanned, nextInvited) = (await planned.CountAsync(cancellationToken), await invitations.CountAsync(cancellationToken));
            if (nextPlanned != plannedCount || nextInvited != invited)
            {
                lastProgress = Stopwatch.GetTimestamp();
            }
            (plannedCount, invited) = (nextPlanned, nextInvited);
            allPlannedAt ??= plannedCount >= events ? now : null;
            firstInvitationAt ??= invited > 0 ? now : null;
            if (invited >= events)
            {
                await publishing;
                return new BurstRun(publishedAt ?? now, allPlannedAt, firstInvitationAt, now, invited);
            }
            if (Stopwatch.GetElapsedTime(lastReport) > TimeSpan.FromSeconds(10))
            {
                progress.WriteLine($"  {now,5:0} s: {plannedCount:N0} planned, {invited:N0} invitations");
                lastReport = Stopwatch.GetTimestamp();
            }
        }
        progress.WriteLine($"  gave up: no progress for {stall.TotalSeconds:0} s at {plannedCount:N0} planned, {invited:N0} invitations");
        await publishing;
        return new BurstRun(publishedAt ?? 0, allPlannedAt, firstInvitationAt, null, invited);
    }

    private static async Task PublishAsync(IBus bus, IReadOnlyList<TicketSolved> events, CancellationToken cancellationToken) =>
        await Parallel.ForEachAsync(events, new ParallelOptions { MaxDegreeOfParallelism = PublishConcurrency, CancellationToken = cancellationToken },
            async (solved, token) => await bus.Publish(solved, context => context.MessageId = solved.EventId, token));

    private static async Task<IReadOnlyDictionary<string, long>> PlannedStatusesAsync(string database, string tenant, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT \"Status\", count(*) FROM planned_invitations WHERE \"TenantId\" = @tenant GROUP BY \"Status\" ORDER BY 1", connection);
        command.Parameters.AddWithValue("tenant", tenant);
        var statuses = new Dictionary<string, long>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            statuses[reader.GetString(0)] = reader.GetInt64(1);
        }
        return statuses;
    }

    private static string Seconds(double? seconds) => ReportFormat.Seconds(seconds);
}
