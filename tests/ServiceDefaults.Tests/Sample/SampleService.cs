using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.ServiceDefaults.Data;
using CxPlatform.ServiceDefaults.Messaging;
using CxPlatform.ServiceDefaults.Messaging.Outbox;
using CxPlatform.ServiceDefaults.Tenancy;
using CxPlatform.Testing;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CxPlatform.ServiceDefaults.Tests.Sample;

/// <summary>
/// A minimal service built only from ServiceDefaults (no Ticketing code): a real host with Kestrel, the outbox dispatcher,
/// MassTransit on RabbitMQ, a consumer behind the inbox and an idempotent creating endpoint. Several instances on one database act as replicas.
/// </summary>
public sealed class SampleService : IAsyncDisposable
{
    public const string DatabaseName = "sampledb";
    public const string ServiceName = "sample";
    public const string ConsumerQueue = "sample-note-added";

    private readonly WebApplication _app;

    private SampleService(WebApplication app) => _app = app;

    public IServiceProvider Services => _app.Services;
    public ReceiveCounter Deliveries => _app.Services.GetRequiredService<ReceiveCounter>();
    public RequestGate Gate => _app.Services.GetRequiredService<RequestGate>();

    public static async Task CreateSchemaAsync(string databaseConnectionString)
    {
        var options = new DbContextOptionsBuilder<SampleDbContext>().UseNpgsql(databaseConnectionString).Options;
        await using var context = new SampleDbContext(options, new TenantContext(), TimeProvider.System);
        await context.Database.EnsureCreatedAsync();
        await context.Database.ExecuteSqlRawAsync(OutboxSql.CreateNotifyTrigger);
    }

    public static async Task<SampleService> StartAsync(
        string databaseConnectionString, string messagingConnectionString, IDictionary<string, string?>? settings = null, TimeProvider? time = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{DatabaseName}"] = databaseConnectionString,
            [$"ConnectionStrings:{ResourceNames.Messaging}"] = messagingConnectionString,
            ["Auth:SigningKey"] = TestTokens.SigningKey,
            [DataExtensions.MigrateOnStartupKey] = "false",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        if (time is not null)
        {
            builder.Services.AddSingleton(time);
        }
        builder.AddServiceDefaults();
        builder.AddCxDbContext<SampleDbContext>(DatabaseName);
        builder.AddMessaging(ServiceName, bus => bus.AddConsumer<NoteAddedConsumer>());
        builder.Services.AddSingleton<ReceiveCounter>();
        builder.Services.AddReceiveObserver(sp => sp.GetRequiredService<ReceiveCounter>());
        builder.Services.AddSingleton<RequestGate>();

        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapNotesApi();
        await app.StartAsync();
        // The host does not wait for the bus (a service must start while the broker is down); tests need the consumer's queue bound.
        await app.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(60));
        return new SampleService(app);
    }

    /// <summary>An HTTP client on the service's Kestrel address, acting as an agent of <paramref name="tenant"/>.</summary>
    public HttpClient CreateClient(string tenant)
    {
        var address = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        var client = new HttpClient { BaseAddress = new Uri(address) };
        client.DefaultRequestHeaders.Authorization = TestTokens.Bearer(tenant, CxRoles.Agent);
        return client;
    }

    /// <summary>Runs work in its own scope acting for <paramref name="tenant"/>, the way a request does.</summary>
    public async Task<T> AsTenantAsync<T>(string tenant, Func<SampleDbContext, Task<T>> work)
    {
        await using var scope = _app.Services.GetRequiredService<IServiceScopeFactory>().CreateTenantScope(tenant);
        return await work(scope.ServiceProvider.GetRequiredService<SampleDbContext>());
    }

    public async Task AddNotesAsync(string tenant, int count, string text = "hello")
    {
        await AsTenantAsync(tenant, async db =>
        {
            for (var i = 0; i < count; i++)
            {
                db.Notes.Add(Note.Add(tenant, $"{text} {i}", TimeProvider.System.GetUtcNow()));
            }
            return await db.SaveChangesAsync();
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
