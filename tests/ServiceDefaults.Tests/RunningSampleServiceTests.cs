using CxPlatform.ServiceDefaults.Tests.Sample;
using CxPlatform.Testing;

namespace CxPlatform.ServiceDefaults.Tests;

/// <summary>Each test gets its own database, virtual host and a running sample service.</summary>
public abstract class RunningSampleServiceTests(PlatformContainers containers, IDictionary<string, string?>? settings = null, TimeProvider? time = null) : IAsyncLifetime
{
    protected SampleServiceFixture Fixture { get; } = new(containers);
    protected SampleService Service { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        await Fixture.InitializeAsync();
        Service = await Fixture.StartServiceAsync(settings, time);
    }

    public async ValueTask DisposeAsync()
    {
        await Service.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
