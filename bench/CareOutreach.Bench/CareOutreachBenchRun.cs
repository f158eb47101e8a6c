using CxPlatform.Bench.Common.Infrastructure;
using CxPlatform.Bench.Common.Reporting;
using CxPlatform.Bench.CareOutreach.Latency;
using CxPlatform.Bench.CareOutreach.Policy;
using CxPlatform.Bench.CareOutreach.Reporting;
using CxPlatform.Bench.CareOutreach.Service;
using CxPlatform.ServiceDefaults;

namespace CxPlatform.Bench.CareOutreach;

/// <summary>One run: fresh containers and database, the CareOutreach service on Kestrel, customers, event -> task, GetContactPolicy.</summary>
public static class CareOutreachBenchRun
{
    public static async Task<CareOutreachReport> RunAsync(BenchOptions options, TextWriter progress, CancellationToken cancellationToken)
    {
        var startedAt = TimeProvider.System.GetUtcNow();
        var loadAverages = new Dictionary<string, string> { ["start"] = LoadAverage.Read() };
        progress.WriteLine($"Starting PostgreSQL ({(options.FastPostgres ? "fsync off" : "durable")}) and RabbitMQ containers...");
        await using var containers = await BenchContainers.StartAsync(options.FastPostgres);
        var database = await containers.CreateDatabaseAsync(ResourceNames.CareOutreachDb);
        var messaging = await containers.CreateVirtualHostAsync("care-outreach-bench");

        progress.WriteLine("Starting the CareOutreach service on Kestrel (it applies its migrations on start-up)...");
        await using var service = await CareOutreachService.StartAsync(database, messaging, cancellationToken);
        progress.WriteLine($"CareOutreach listens on {service.Settings.HttpAddress} (REST) and {service.Settings.GrpcAddress} (gRPC), {service.EnvironmentName}.");

        progress.WriteLine($"Creating {options.Customers:N0} customers with consent through the API (not timed)...");
        var customers = await BenchCustomers.CreateAsync(service, options.Customers, cancellationToken);
        loadAverages["after customers"] = LoadAverage.Read();

        var events = await EventLatencyBenchmark.RunAsync(service, containers, database, customers, options, progress, cancellationToken);
        loadAverages["after events"] = LoadAverage.Read();
        var policy = await PolicyBenchmark.RunAsync(service, containers, database, customers, options, progress, cancellationToken);
        loadAverages["end"] = LoadAverage.Read();

        return new CareOutreachReport(
            startedAt, MachineInfo.Current, loadAverages, options, containers.PostgresImage, containers.RabbitMqImage, service.EnvironmentName,
            events, policy);
    }
}
