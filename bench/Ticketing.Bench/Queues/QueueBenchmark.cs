using System.Net;
using System.Net.Http.Json;
using CxPlatform.Bench.Common.Infrastructure;
using CxPlatform.Bench.Common.Reporting;
using CxPlatform.Bench.Ticketing.Load;
using CxPlatform.Bench.Ticketing.Service;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Ticketing.Apis;

namespace CxPlatform.Bench.Ticketing.Queues;

/// <summary>
/// A warm-up pass over every work queue, then each in turn: <c>--requests</c> requests from <c>--queue-clients</c> concurrent agents,
/// each timed from sending until the whole page has been read.
/// </summary>
public static class QueueBenchmark
{
    private const int WarmUpRequests = 20;

    public static async Task<IReadOnlyList<QueueResult>> RunAsync(
        TicketingService service, BenchContainers containers, string connectionString, SeedResult seed, BenchOptions options, TextWriter progress,
        CancellationToken cancellationToken)
    {
        var clients = Enumerable.Range(0, options.QueueClients)
            .Select(_ => service.CreateClient(BenchTenants.Queues, QueueCases.Agent, CxRoles.Agent))
            .ToList();
        using var capture = options.Explain ? SqlCapture.Start() : null;
        try
        {
            var queues = await QueueCases.ForAsync(seed, clients[0], cancellationToken);
            progress.WriteLine($"Work queues warm-up: {WarmUpRequests} requests each...");
            foreach (var queue in queues)
            {
                await ClosedLoop.RunAsync(WarmUpRequests, options.QueueClients, (client, _, token) => GetAsync(clients[client], queue, token), cancellationToken);
            }

            var results = new List<QueueResult>();
            foreach (var queue in queues)
            {
                progress.WriteLine($"Work queue '{queue.Name}': {options.Requests} requests, {options.QueueClients} clients...");
                var items = await ItemsAsync(clients[0], queue, cancellationToken);
                var meter = CpuMeter.Start(containers);
                var run = await ClosedLoop.RunAsync(
                    options.Requests, options.QueueClients, (client, _, token) => GetAsync(clients[client], queue, token), cancellationToken);
                run = run with { Cpu = meter.Stop(options.Requests) };
                var plan = capture is null ? null : await ExplainAsync(capture, clients[0], connectionString, queue, cancellationToken);
                results.Add(new QueueResult(queue.Name, queue.Query, items, LoadResult.Of([run], options.QueueClients), plan));
            }
            return results;
        }
        finally
        {
            clients.ForEach(client => client.Dispose());
        }
    }

    /// <returns>How many tickets the page holds; 0 if the request failed (the run then counts the failures).</returns>
    private static async Task<int> ItemsAsync(HttpClient client, QueueCase queue, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(queue.Path, cancellationToken);
        return response.IsSuccessStatusCode ? (await response.Content.ReadFromJsonAsync<TicketPage>(cancellationToken))!.Items.Count : 0;
    }

    private static async Task<string?> GetAsync(HttpClient client, QueueCase queue, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(queue.Path, HttpCompletionOption.ResponseContentRead, cancellationToken);
        return response.StatusCode == HttpStatusCode.OK ? null : $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}";
    }

    private static async Task<string> ExplainAsync(
        SqlCapture capture, HttpClient client, string connectionString, QueueCase queue, CancellationToken cancellationToken)
    {
        var commands = await capture.DuringAsync(() => GetAsync(client, queue, cancellationToken));
        var query = commands.LastOrDefault(command => command.Text.Contains("FROM tickets", StringComparison.Ordinal));
        return query is null
            ? "(no query on tickets was captured)"
            : $"{query.Text}\n\n{await QueryExplainer.ExplainAsync(connectionString, query, cancellationToken)}";
    }
}
