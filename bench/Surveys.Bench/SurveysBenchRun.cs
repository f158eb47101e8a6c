using CxPlatform.Bench.Common.Infrastructure;
using CxPlatform.Bench.Common.Reporting;
using CxPlatform.Bench.Surveys.Burst;
using CxPlatform.Bench.Surveys.Reporting;
using CxPlatform.Bench.Surveys.Responses;
using CxPlatform.Bench.Surveys.Service;
using CxPlatform.ServiceDefaults;

namespace CxPlatform.Bench.Surveys;

/// <summary>One run: fresh containers and database, the Surveys service on Kestrel, the invitation burst, then the responses.</summary>
public static class SurveysBenchRun
{
    public static async Task<SurveysReport> RunAsync(BenchOptions options, TextWriter progress, CancellationToken cancellationToken)
    {
        var startedAt = TimeProvider.System.GetUtcNow();
        var loadAverages = new Dictionary<string, string> { ["start"] = LoadAverage.Read() };
        progress.WriteLine($"Starting PostgreSQL ({(options.FastPostgres ? "fsync off" : "durable")}) and RabbitMQ containers...");
        await using var containers = await BenchContainers.StartAsync(options.FastPostgres);
        var database = await containers.CreateDatabaseAsync(ResourceNames.SurveysDb);
        var messaging = await containers.CreateVirtualHostAsync("surveys-bench");

        progress.WriteLine("Starting the Surveys service on Kestrel (it applies its migrations on start-up)...");
        await using var service = await SurveysService.StartAsync(database, messaging, TimeSpan.FromSeconds(options.RecheckSeconds), cancellationToken);
        progress.WriteLine($"Surveys listens on {service.Address} ({service.EnvironmentName}); contact checks answered by stand-ins at {service.Settings.ContactAddress}.");

        BurstResult? burst = null;
        if (!options.SkipBurst)
        {
            burst = await BurstBenchmark.RunAsync(service, containers, database, options, progress, cancellationToken);
            loadAverages["after burst"] = LoadAverage.Read();
        }
        ResponseResult? responses = null;
        if (!options.SkipResponses)
        {
            responses = await ResponseBenchmark.RunAsync(service, containers, database, options, progress, cancellationToken);
        }
        loadAverages["end"] = LoadAverage.Read();

        return new SurveysReport(
            startedAt, MachineInfo.Current, loadAverages, options, containers.PostgresImage, containers.RabbitMqImage, service.EnvironmentName,
            burst, responses);
    }
}
