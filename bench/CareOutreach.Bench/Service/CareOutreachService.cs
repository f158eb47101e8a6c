using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using CxPlatform.Bench.Common.Infrastructure;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.ServiceDefaults.Health;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using CareOutreachClient = CxPlatform.Contracts.Grpc.CareOutreach.CareOutreach.CareOutreachClient;

namespace CxPlatform.Bench.CareOutreach.Service;

/// <summary>
/// The CareOutreach service on Kestrel on two loopback ports (REST over HTTP/1.1, gRPC over h2c), its e-mails taken by an
/// <see cref="SmtpSink"/>, and clients that call it with development tokens.
/// </summary>
public sealed class CareOutreachService : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

    private readonly CareOutreachServiceFactory _factory;
    private readonly SmtpSink _smtp;
    private readonly SocketsHttpHandler _handler = new() { PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
    private readonly GrpcChannel _channel;

    private CareOutreachService(CareOutreachServiceFactory factory, SmtpSink smtp, CareOutreachServiceSettings settings)
    {
        _factory = factory;
        _smtp = smtp;
        Settings = settings;
        _channel = GrpcChannel.ForAddress(settings.GrpcAddress, new GrpcChannelOptions { HttpHandler = new SocketsHttpHandler { EnableMultipleHttp2Connections = true } });
    }

    public CareOutreachServiceSettings Settings { get; }

    public string EnvironmentName => _factory.Services.GetRequiredService<IHostEnvironment>().EnvironmentName;

    public IServiceProvider Services => _factory.Services;

    public static async Task<CareOutreachService> StartAsync(string databaseConnectionString, string messagingConnectionString, CancellationToken cancellationToken)
    {
        // WebApplicationFactory finds the content root from the working directory or the solution above the binaries; neither
        // holds when the bench runs from a private artifacts path, so name it the way the factory documents.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_CAREOUTREACH_API", ContentRoot());
        var smtp = SmtpSink.Start();
        var settings = new CareOutreachServiceSettings(
            databaseConnectionString, messagingConnectionString, DevelopmentTokens.NewSigningKey(),
            new Uri($"http://127.0.0.1:{FreePort.Next()}"), new Uri($"http://127.0.0.1:{FreePort.Next()}"), smtp.Port);
        var factory = new CareOutreachServiceFactory(settings);
        factory.UseKestrel();
        factory.StartServer();
        var service = new CareOutreachService(factory, smtp, settings);
        await service.WaitUntilReadyAsync(cancellationToken);
        return service;
    }

    /// <summary>A REST client of one tenant with the given roles; clients share one connection pool.</summary>
    public HttpClient CreateClient(string tenant, params string[] roles)
    {
        var client = new HttpClient(_handler, disposeHandler: false) { BaseAddress = Settings.HttpAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(tenant, roles));
        return client;
    }

    /// <summary>A gRPC client on one shared h2c channel, as Surveys calls CareOutreach.</summary>
    internal CareOutreachClient GrpcClient() => new(_channel);

    /// <summary>The call headers of a platform service acting for <paramref name="tenant"/>.</summary>
    public Metadata ServiceHeaders(string tenant) => new() { { "authorization", $"Bearer {Token(tenant, [CxRoles.Service])}" } };

    private string Token(string tenant, string[] roles) => DevelopmentTokens.Create(Settings.SigningKey, tenant, roles, $"{tenant}-bench");

    private static string ContentRoot() =>
        typeof(CareOutreachService).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "CareOutreachContentRoot").Value!;

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        using var client = new HttpClient(_handler, disposeHandler: false) { BaseAddress = Settings.HttpAddress };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(StartTimeout);
        while (true)
        {
            try
            {
                using var response = await client.GetAsync(HealthExtensions.ReadyPath, timeout.Token);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Kestrel is not listening yet.
            }
            await Task.Delay(TimeSpan.FromMilliseconds(200), timeout.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _channel.Dispose();
        _handler.Dispose();
        await _factory.DisposeAsync();
        await _smtp.DisposeAsync();
    }
}
