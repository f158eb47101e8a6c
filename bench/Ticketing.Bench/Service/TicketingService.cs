using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.ServiceDefaults.Health;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CxPlatform.Bench.Ticketing.Service;

/// <summary>The Ticketing service on Kestrel on a loopback port, and HTTP clients that call it with development tokens.</summary>
public sealed class TicketingService : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

    private readonly TicketingServiceFactory _factory;
    private readonly string _signingKey;
    private readonly SocketsHttpHandler _handler = new() { PooledConnectionLifetime = Timeout.InfiniteTimeSpan };

    private TicketingService(TicketingServiceFactory factory, string signingKey, Uri address)
    {
        _factory = factory;
        _signingKey = signingKey;
        Address = address;
    }

    public Uri Address { get; }

    public string EnvironmentName => _factory.Services.GetRequiredService<IHostEnvironment>().EnvironmentName;

    public IServiceProvider Services => _factory.Services;

    public static async Task<TicketingService> StartAsync(string databaseConnectionString, string messagingConnectionString, CancellationToken cancellationToken)
    {
        // WebApplicationFactory finds the content root from the working directory or the solution above the binaries; neither
        // holds when the bench runs from a private artifacts path, so name it the way the factory documents.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_TICKETING_API", ContentRoot());
        var signingKey = DevelopmentTokens.NewSigningKey();
        var factory = new TicketingServiceFactory(databaseConnectionString, messagingConnectionString, signingKey);
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var service = new TicketingService(factory, signingKey, new Uri(address));
        await service.WaitUntilReadyAsync(cancellationToken);
        return service;
    }

    /// <summary>A client of one tenant, signed in as <paramref name="subject"/>; clients share one connection pool.</summary>
    public HttpClient CreateClient(string tenant, string subject, params string[] roles)
    {
        var client = new HttpClient(_handler, disposeHandler: false) { BaseAddress = Address };
        client.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Bearer", DevelopmentTokens.Create(_signingKey, tenant, roles, subject));
        return client;
    }

    private static string ContentRoot() =>
        typeof(TicketingService).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "TicketingContentRoot").Value!;

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        using var client = new HttpClient(_handler, disposeHandler: false) { BaseAddress = Address };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(StartTimeout);
        while (true)
        {
            using var response = await client.GetAsync(HealthExtensions.ReadyPath, timeout.Token);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(200), timeout.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _handler.Dispose();
        await _factory.DisposeAsync();
    }
}
