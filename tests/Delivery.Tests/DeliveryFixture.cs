using System.Globalization;
using CxPlatform.Delivery.Tests.Host;
using CxPlatform.Testing;

namespace CxPlatform.Delivery.Tests;

/// <summary>A fresh database for one test class, with the sample service's schema, and the settings its tests start from.</summary>
public sealed class DeliveryFixture(PlatformContainers containers) : IAsyncLifetime
{
    public const string Secret = "a-receivers-secret-of-some-length";

    public string Database { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        Database = await containers.CreateDatabaseAsync(InvitationsService.DatabaseName);
        await InvitationsService.CreateSchemaAsync(Database);
    }

    /// <summary>Fast retries, an SMTP server on <paramref name="smtpPort"/> (nothing needs to listen there), and any overrides.</summary>
    public static Dictionary<string, string?> Settings(int? smtpPort = null, params (string Key, string Value)[] overrides)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Delivery:MinBackoff"] = "00:00:00.010",
            ["Delivery:MaxBackoff"] = "00:00:00.050",
            ["Delivery:PollInterval"] = "00:00:01",
            ["Delivery:Smtp:Host"] = "127.0.0.1",
            ["Delivery:Smtp:Port"] = (smtpPort ?? FreePort.Next()).ToString(CultureInfo.InvariantCulture),
            ["Delivery:Smtp:Security"] = "None",
            ["Delivery:Smtp:Timeout"] = "00:00:10",
            ["Delivery:Smtp:FromAddress"] = "care@cx.example",
            ["Delivery:Smtp:FromName"] = "Acme Care",
            ["Delivery:Webhook:Timeout"] = "00:00:10",
        };
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }
        return settings;
    }

    public Task<InvitationsService> StartServiceAsync(IDictionary<string, string?> settings, TimeProvider? time = null) =>
        InvitationsService.StartAsync(Database, settings, time);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
