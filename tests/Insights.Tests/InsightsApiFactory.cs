using System.Net;
using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults;
using CxPlatform.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace CxPlatform.Insights.Tests;

/// <summary>Insights in-process on its own database and virtual host; one per test class.</summary>
public class InsightsApiFactory(PlatformContainers containers) : ServiceFactory<Program>(containers, ResourceNames.InsightsDb)
{
    public static string NewTenant(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..24];

    /// <summary>Publishes an event on the real broker the way the outbox does: the event id is the message id.</summary>
    public Task PublishAsync<T>(T message)
        where T : class, IIntegrationEvent =>
        Services.GetRequiredService<IBus>().Publish(message, context => context.MessageId = message.EventId);

    public async Task WaitUntilReadyAsync()
    {
        var client = CreateClient();
        var status = await Eventually.ReturnsAsync(async () => (await client.GetAsync("/health/ready")).StatusCode, s => s == HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.OK, status);
    }
}
