using System.Net.Http.Headers;
using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Testing;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CxPlatform.Surveys.Tests.Distribution;

/// <summary>
/// Surveys on a fake business clock, its consumers on the real broker, its contact checks calling <see cref="ContactStandIns"/>
/// (or, with <paramref name="contactAddress"/>, another address such as a closed port).
/// </summary>
public class DistributionFactory : SurveysApiFactory
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    public DistributionFactory(PlatformContainers containers) : this(containers, null)
    {
    }

    protected DistributionFactory(PlatformContainers containers, string? contactAddress) : base(containers)
    {
        WithSetting($"services:{ResourceNames.Ticketing}:grpc:0", contactAddress ?? StandIns.Address);
        WithSetting($"services:{ResourceNames.CareOutreach}:grpc:0", contactAddress ?? StandIns.Address);
        WithSetting("Distribution:RecheckInterval", "00:00:00.200");
        WithSetting("Distribution:CallDeadline", "00:00:02");
        // The test client's own address, so a sent link can be followed through the public endpoint.
        WithSetting("Surveys:PublicBaseUrl", "http://localhost");
    }

    public FakeTimeProvider Clock { get; } = new(Start);
    public ContactStandIns StandIns { get; } = new();

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await StandIns.StartAsync();
    }

    public HttpClient Client(string tenant, params string[] roles)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", DevelopmentTokens.Create(TestTokens.SigningKey, tenant, roles, $"{tenant}-user", TimeSpan.FromDays(10_000), new FakeTimeProvider(Start)));
        return client;
    }

    public Task PublishAsync<T>(T message)
        where T : class, IIntegrationEvent =>
        Services.GetRequiredService<IBus>().Publish(message, context => context.MessageId = message.EventId);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await StandIns.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
