using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using CxPlatform.Bench.Common.Infrastructure;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.ServiceDefaults.Health;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CxPlatform.Bench.Surveys.Service;

/// <summary>
/// The Surveys service on Kestrel on a loopback port, its contact checks answered by <see cref="ContactStandIns"/>, its e-mails
/// taken by an <see cref="SmtpSink"/>, and HTTP
/// clients that call it: with development tokens, or without any, as a respondent's browser.
/// </summary>
public sealed class SurveysService : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

    private readonly SurveysServiceFactory _factory;
    private readonly ContactStandIns _standIns;
    private readonly SmtpSink _smtp;
    private readonly SocketsHttpHandler _handler = new() { PooledConnectionLifetime = Timeout.InfiniteTimeSpan };

    private SurveysService(SurveysServiceFactory factory, ContactStandIns standIns, SmtpSink smtp, SurveysServiceSettings settings)
    {
        _factory = factory;
        _standIns = standIns;
        _smtp = smtp;
        Settings = settings;
    }

    public SurveysServiceSettings Settings { get; }

    public Uri Address => Settings.Address;

    /// <summary>E-mails the service has handed to the mail server so far.</summary>
    public long EmailsReceived => _smtp.Received;

    public string EnvironmentName => _factory.Services.GetRequiredService<IHostEnvironment>().EnvironmentName;

    public IServiceProvider Services => _factory.Services;

    public static async Task<SurveysService> StartAsync(
        string databaseConnectionString, string messagingConnectionString, TimeSpan recheckInterval, CancellationToken cancellationToken)
    {
        // WebApplicationFactory finds the content root from the working directory or the solution above the binaries; neither
        // holds when the bench runs from a private artifacts path, so name it the way the factory documents.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_SURVEYS_API", ContentRoot());
        var signingKey = DevelopmentTokens.NewSigningKey();
        var standIns = await ContactStandIns.StartAsync(signingKey);
        var smtp = SmtpSink.Start();
        // The port is chosen before the start because the service's public base URL (its links) names it.
        var port = FreePort.Next();
        var settings = new SurveysServiceSettings(
            databaseConnectionString, messagingConnectionString, signingKey, DevelopmentTokens.NewSigningKey(),
            new Uri($"http://127.0.0.1:{port}"), standIns.Address, smtp.Port, recheckInterval);
        var factory = new SurveysServiceFactory(settings);
        factory.UseKestrel(port);
        factory.StartServer();
        var service = new SurveysService(factory, standIns, smtp, settings);
        await service.WaitUntilReadyAsync(cancellationToken);
        return service;
    }

    /// <summary>A client of one tenant with the given roles; clients share one connection pool.</summary>
    public HttpClient CreateClient(string tenant, params string[] roles)
    {
        var client = CreateRespondent();
        client.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Bearer", DevelopmentTokens.Create(Settings.SigningKey, tenant, roles, $"{tenant}-bench"));
        return client;
    }

    /// <summary>A client without a token, as a respondent's browser.</summary>
    public HttpClient CreateRespondent() => new(_handler, disposeHandler: false) { BaseAddress = Address };

    private static string ContentRoot() =>
        typeof(SurveysService).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "SurveysContentRoot").Value!;

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        using var client = CreateRespondent();
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
        await _standIns.DisposeAsync();
        await _smtp.DisposeAsync();
    }
}
