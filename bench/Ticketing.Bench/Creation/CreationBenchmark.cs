using System.Diagnostics;
using CxPlatform.Bench.Common.Infrastructure;
using CxPlatform.Bench.Common.Reporting;
using CxPlatform.Bench.Ticketing.Load;
using CxPlatform.Bench.Ticketing.Service;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Ticketing.Infrastructure;

namespace CxPlatform.Bench.Ticketing.Creation;

/// <summary>
/// The same tickets created through <c>POST /api/v1/tickets</c> and inserted raw, by as many concurrent clients each, in
/// alternating rounds (API then raw, raw then API, …). After each API round the clock stops and the benchmark waits until the
/// outbox dispatcher has published every event, so that a round's publishing never runs into the next round.
/// </summary>
public static class CreationBenchmark
{
    public const int WarmUp = 1_000;
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(1);

    public static async Task<CreationResult> RunAsync(
        TicketingService service, BenchContainers containers, string databaseConnectionString, BenchOptions options, TextWriter progress,
        CancellationToken cancellationToken)
    {
        var samples = Enumerable.Range(0, WarmUp + options.Creates).Select(SampleTickets.For).ToArray();
        var bodies = samples.Select(ApiTicketCreator.Body).ToArray();
        var clients = Enumerable.Range(0, options.Clients)
            .Select(i => service.CreateClient(BenchTenants.ApiCreates(i, options.Tenants), $"agent-{i + 1:000}", CxRoles.Agent))
            .ToList();
        try
        {
            var api = new ApiTicketCreator(clients, options.IdempotencyKeys);
            await using var raw = await RawTicketInserter.OpenAsync(
                databaseConnectionString, BenchTenants.RawInserts, TicketNumbers.First, options.Clients, cancellationToken);

            // CPU is metered until the dispatcher has published the round's events: publishing is part of what a create costs.
            async Task<(LoadRun Run, SessionWaits Sessions, double? PublishedWithin)> ApiAsync(int offset, int count)
            {
                var meter = CpuMeter.Start(containers);
                await using var sessions = SessionSampler.Start(databaseConnectionString);
                var run = await ClosedLoop.RunAsync(
                    count, options.Clients, (client, i, token) => api.CreateAsync(client, bodies[offset + i], token), cancellationToken);
                var waits = await sessions.StopAsync();
                var published = await OutboxWatch.WaitUntilPublishedAsync(databaseConnectionString, Stopwatch.GetTimestamp(), cancellationToken);
                return (run with { Cpu = meter.Stop(count) }, waits, published);
            }

            async Task<(LoadRun Run, SessionWaits Sessions)> RawAsync(int offset, int count)
            {
                var meter = CpuMeter.Start(containers);
                await using var sessions = SessionSampler.Start(databaseConnectionString);
                var run = await ClosedLoop.RunAsync(
                    count, options.Clients, (client, i, token) => raw.InsertAsync(client, samples[offset + i], token), cancellationToken);
                var waits = await sessions.StopAsync();
                return (run with { Cpu = meter.Stop(count) }, waits);
            }

            progress.WriteLine($"Creation warm-up: {WarmUp:N0} through the API, {WarmUp:N0} raw...");
            await ApiAsync(0, WarmUp);
            await RawAsync(0, WarmUp);

            var apiRuns = new List<LoadRun>();
            var rawRuns = new List<LoadRun>();
            var apiSessions = new List<SessionWaits>();
            var rawSessions = new List<SessionWaits>();
            double? publishedWithin = 0;
            var offset = WarmUp;
            for (var round = 0; round < options.Rounds; round++)
            {
                var count = (options.Creates / options.Rounds) + (round < options.Creates % options.Rounds ? 1 : 0);
                var order = round % 2 == 0 ? new[] { true, false } : [false, true];
                foreach (var throughApi in order)
                {
                    await Task.Delay(Settle, cancellationToken);
                    progress.WriteLine($"Round {round + 1}/{options.Rounds}: {count:N0} creates {(throughApi ? "through the API" : "as raw INSERTs")}, {options.Clients} clients...");
                    if (throughApi)
                    {
                        var (run, waits, published) = await ApiAsync(offset, count);
                        apiRuns.Add(run);
                        apiSessions.Add(waits);
                        publishedWithin = published is null || publishedWithin is null ? null : Math.Max(publishedWithin.Value, published.Value);
                    }
                    else
                    {
                        var (run, waits) = await RawAsync(offset, count);
                        rawRuns.Add(run);
                        rawSessions.Add(waits);
                    }
                }
                offset += count;
            }

            return new CreationResult(
                WarmUp,
                options.Rounds,
                options.Tenants,
                options.IdempotencyKeys,
                LoadResult.Of(apiRuns, options.Clients),
                LoadResult.Of(rawRuns, options.Clients),
                SessionWaits.Of(apiSessions),
                SessionWaits.Of(rawSessions),
                publishedWithin,
                await RowsPerCreate.CountAsync(databaseConnectionString, BenchTenants.ApiCreatesPrefix, cancellationToken));
        }
        finally
        {
            clients.ForEach(client => client.Dispose());
        }
    }
}
