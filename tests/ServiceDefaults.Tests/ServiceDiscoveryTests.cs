using System.Net;
using CxPlatform.ServiceDefaults.Tests.Sample;
using CxPlatform.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CxPlatform.ServiceDefaults.Tests;

public sealed class ServiceDiscoveryTests(PlatformContainers containers) : IAsyncLifetime
{
    private readonly SampleServiceFixture _fixture = new(containers);

    public ValueTask InitializeAsync() => _fixture.InitializeAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task An_http_client_reaches_another_service_by_name_through_the_Aspire_services_variables()
    {
        await using var callee = await _fixture.StartServiceAsync();
        var address = callee.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        await using var caller = await _fixture.StartServiceAsync(new Dictionary<string, string?> { ["services:callee:http:0"] = address });

        using var client = caller.Services.GetRequiredService<IHttpClientFactory>().CreateClient();
        var response = await client.GetAsync("http://callee/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
