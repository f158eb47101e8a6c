using System.Diagnostics;
using System.Globalization;
using CxPlatform.ServiceDefaults;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.ServiceDefaults.Data;
using CxPlatform.ServiceDefaults.Messaging;
using CxPlatform.ServiceDefaults.Messaging.Outbox;
using CxPlatform.ServiceDefaults.Tenancy;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CxPlatform.Bench.Outbox.Service;

/// <summary>
/// A service built only from ServiceDefaults, as a real one is: Kestrel on loopback, the DbContext with outbox and inbox,
/// MassTransit on RabbitMQ, the outbox dispatcher, and one consumer of its own events behind the inbox.
/// </summary>
public sealed class BenchService : IAsyncDisposable
{
    public const string DatabaseName = "benchdb";
    public const string ServiceName = "bench";
    public const string Tenant = "bench";

    private readonly WebApplication _app;

    private BenchService(WebApplication app) => _app = app;

    public ConsumptionRecorder Consumptions => _app.Services.GetRequiredService<ConsumptionRecorder>();
    public OutboxMeterWatch Dispatches => _app.Services.GetRequiredService<OutboxMeterWatch>();

    public static async Task CreateSchemaAsync(string databaseConnectionString)
    {
        var options = new DbContextOptionsBuilder<BenchDbContext>().UseNpgsql(databaseConnectionString).Options;
        await using var context = new BenchDbContext(options, new TenantContext(), TimeProvider.System);
        await context.Database.EnsureCreatedAsync();
        await context.Database.ExecuteSqlRawAsync(OutboxSql.CreateNotifyTrigger);
    }

    public static async Task<BenchService> StartAsync(string databaseConnectionString, string messagingConnectionString, BenchOptions options)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Benchmark" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{DatabaseName}"] = databaseConnectionString,
            [$"ConnectionStrings:{ResourceNames.Messaging}"] = messagingConnectionString,
            [$"{CxAuthOptions.SectionName}:SigningKey"] = DevelopmentTokens.NewSigningKey(),
            [DataExtensions.MigrateOnStartupKey] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        if (options.OutboxBatchSize is { } batchSize)
        {
            builder.Configuration[$"{OutboxOptions.SectionName}:{nameof(OutboxOptions.BatchSize)}"] = batchSize.ToString(CultureInfo.InvariantCulture);
        }

        builder.AddServiceDefaults();
        builder.AddCxDbContext<BenchDbContext>(DatabaseName);
        builder.AddMessaging(ServiceName, bus => bus.AddConsumer<PulseRecordedConsumer>().Endpoint(endpoint =>
        {
            if (options.Prefetch is { } prefetch)
            {
                endpoint.PrefetchCount = prefetch;
            }
        }));
        builder.Services.AddSingleton<ConsumptionRecorder>();
        builder.Services.AddConsumeObserver(sp => sp.GetRequiredService<ConsumptionRecorder>());
        builder.Services.AddSingleton<OutboxMeterWatch>();

        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.Services.GetRequiredService<OutboxMeterWatch>();
        await app.StartAsync();
        return new BenchService(app);
    }

    /// <summary>Commits one SaveChanges of <paramref name="count"/> new pulses, the way a request handler would.</summary>
    /// <returns>How long the SaveChanges (the commit) took.</returns>
    public async Task<TimeSpan> RecordPulsesAsync(string run, int count, CancellationToken cancellationToken)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(Tenant);
        var db = scope.ServiceProvider.GetRequiredService<BenchDbContext>();
        var savedAt = Stopwatch.GetTimestamp();
        var now = TimeProvider.System.GetUtcNow();
        for (var i = 0; i < count; i++)
        {
            db.Pulses.Add(Pulse.Record(Tenant, run, now, savedAt));
        }
        await db.SaveChangesAsync(cancellationToken);
        return Stopwatch.GetElapsedTime(savedAt);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
