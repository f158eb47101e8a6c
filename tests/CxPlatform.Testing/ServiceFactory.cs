using CxPlatform.ServiceDefaults;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.ServiceDefaults.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace CxPlatform.Testing;

/// <summary>
/// A service hosted in-process against a fresh database and virtual host of the shared containers, configured exactly the way
/// the AppHost configures it (Aspire-convention connection strings, development signing key).
/// </summary>
public class ServiceFactory<TProgram>(PlatformContainers containers, string databaseName) : WebApplicationFactory<TProgram>, IAsyncLifetime
    where TProgram : class
{
    private readonly Dictionary<string, string?> _settings = new();

    public PlatformContainers Containers => containers;
    public string DatabaseConnectionString { get; private set; } = "";
    public string MessagingConnectionString { get; private set; } = "";

    /// <summary>Extra configuration for one test class (set before the first client is created).</summary>
    public ServiceFactory<TProgram> WithSetting(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    public virtual async ValueTask InitializeAsync()
    {
        DatabaseConnectionString = await containers.CreateDatabaseAsync(databaseName);
        MessagingConnectionString = await containers.CreateVirtualHostAsync(databaseName);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting($"ConnectionStrings:{databaseName}", DatabaseConnectionString);
        builder.UseSetting($"ConnectionStrings:{ResourceNames.Messaging}", MessagingConnectionString);
        builder.UseSetting($"{CxAuthOptions.SectionName}:SigningKey", TestTokens.SigningKey);
        builder.UseSetting(DataExtensions.MigrateOnStartupKey, "true");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public HttpClient CreateClient(string tenant, params string[] roles)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = TestTokens.Bearer(tenant, roles);
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
