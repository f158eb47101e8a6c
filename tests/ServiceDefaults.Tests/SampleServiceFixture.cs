using CxPlatform.ServiceDefaults.Tests.Sample;
using CxPlatform.Testing;

namespace CxPlatform.ServiceDefaults.Tests;

/// <summary>A fresh database and virtual host for one test class, with the sample schema in place.</summary>
public sealed class SampleServiceFixture(PlatformContainers containers) : IAsyncLifetime
{
    public PlatformContainers Containers => containers;
    public string Database { get; private set; } = "";
    public string Messaging { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        Database = await containers.CreateDatabaseAsync(SampleService.DatabaseName);
        Messaging = await containers.CreateVirtualHostAsync(SampleService.ServiceName);
        await SampleService.CreateSchemaAsync(Database);
    }

    public Task<SampleService> StartServiceAsync(IDictionary<string, string?>? settings = null, TimeProvider? time = null) =>
        SampleService.StartAsync(Database, Messaging, settings, time);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
