using CxPlatform.Bench.Common.Infrastructure;
using CxPlatform.Bench.Common.Reporting;
using CxPlatform.Bench.Ticketing.Creation;
using CxPlatform.Bench.Ticketing.Queues;
using CxPlatform.Bench.Ticketing.Reporting;
using CxPlatform.Bench.Ticketing.Service;
using CxPlatform.ServiceDefaults;

namespace CxPlatform.Bench.Ticketing;

/// <summary>One run: fresh containers and database, the Ticketing service on Kestrel, creation API vs raw, then the work queues.</summary>
public static class TicketingBenchRun
{
    public static async Task<TicketingReport> RunAsync(BenchOptions options, TextWriter progress, CancellationToken cancellationToken)
    {
        var startedAt = TimeProvider.System.GetUtcNow();
        var loadAverages = new Dictionary<string, string> { ["start"] = LoadAverage.Read() };
        progress.WriteLine($"Starting PostgreSQL ({(options.FastPostgres ? "fsync off" : "durable")}) and RabbitMQ containers...");
        await using var containers = await BenchContainers.StartAsync(options.FastPostgres, options.PostgresSettings);
        var database = await containers.CreateDatabaseAsync(ResourceNames.TicketingDb);
        var messaging = await containers.CreateVirtualHostAsync("ticketing-bench");

        progress.WriteLine("Starting the Ticketing service on Kestrel (it applies its migrations on start-up)...");
        await using var service = await TicketingService.StartAsync(database, messaging, cancellationToken);
        progress.WriteLine($"Ticketing listens on {service.Address} ({service.EnvironmentName}).");

        CreationResult? creation = null;
        if (!options.SkipCreation)
        {
            creation = await CreationBenchmark.RunAsync(service, containers, database, options, progress, cancellationToken);
            loadAverages["after creation"] = LoadAverage.Read();
        }

        SeedResult? seed = null;
        IReadOnlyList<QueueResult>? queues = null;
        if (!options.SkipQueues)
        {
            seed = await QueueSeeder.SeedAsync(service, database, options.Tickets, progress, cancellationToken);
            loadAverages["after seeding"] = LoadAverage.Read();
            queues = await QueueBenchmark.RunAsync(service, containers, database, seed, options, progress, cancellationToken);
        }
        loadAverages["end"] = LoadAverage.Read();

        return new TicketingReport(
            startedAt, MachineInfo.Current, loadAverages, options, containers.PostgresImage, containers.RabbitMqImage, service.EnvironmentName,
            creation, seed, queues);
    }
}
