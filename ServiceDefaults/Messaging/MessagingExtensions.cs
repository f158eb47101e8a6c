using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Data;
using CxPlatform.ServiceDefaults.Messaging.Inbox;
using CxPlatform.ServiceDefaults.Messaging.Outbox;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CxPlatform.ServiceDefaults.Messaging;

public static class MessagingExtensions
{
    public const string PrefetchCountKey = "Messaging:PrefetchCount";
    public const string ConcurrentMessageLimitKey = "Messaging:ConcurrentMessageLimit";
    public const string StopTimeoutKey = "Messaging:StopTimeout";

    /// <summary>
    /// MassTransit on RabbitMQ from <c>ConnectionStrings:messaging</c>: queues named "{service}-{consumer}" (competing consumers
    /// across replicas, fan-out across services), retries then an <c>_error</c> queue, every consumer behind the inbox,
    /// and the outbox dispatcher. Requires <c>AddCxDbContext</c>.
    /// </summary>
    public static IHostApplicationBuilder AddMessaging(
        this IHostApplicationBuilder builder, string serviceName, Action<IBusRegistrationConfigurator>? addConsumers = null)
    {
        var connectionString = builder.Configuration.GetConnectionString(ResourceNames.Messaging)
            ?? throw new InvalidOperationException($"Connection string '{ResourceNames.Messaging}' is not configured (ConnectionStrings__{ResourceNames.Messaging}).");

        builder.Services.Configure<OutboxOptions>(builder.Configuration.GetSection(OutboxOptions.SectionName));
        builder.Services.AddScoped(typeof(InboxFilter<>));
        builder.Services.AddSingleton<OutboxPublisher>();

        // Each message is its own inbox transaction: a deeper prefetch keeps the consumer busy while PostgreSQL commits.
        var prefetchCount = builder.Configuration.GetValue(PrefetchCountKey, 64);
        // Each consumption holds a database connection: bound them, or a burst opens dozens of connections at once.
        var concurrentMessageLimit = builder.Configuration.GetValue(ConcurrentMessageLimitKey, 16);

        builder.Services.AddMassTransit(bus =>
        {
            // MassTransit reports usage to its vendor at start-up unless told not to; services in customers' networks must not call out.
            bus.DisableUsageTelemetry();
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, includeNamespace: false));
            addConsumers?.Invoke(bus);
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(new Uri(connectionString));
                rabbit.PrefetchCount = prefetchCount;
                rabbit.ConcurrentMessageLimit = concurrentMessageLimit;
                // Consumers subscribe to concrete events; exchanges for the shared interfaces would only add fan-out hops.
                rabbit.Publish<IIntegrationEvent>(publish => publish.Exclude = true);
                rabbit.Publish<ICustomerEvent>(publish => publish.Exclude = true);
                // A failing message is retried briefly, then parked in its _error queue; a database outage or overload is
                // retried for about three minutes first, so a busy moment does not park every message consumed during it.
                rabbit.UseMessageRetry(retry =>
                {
                    retry.Ignore<Exception>(TransientFailures.IsTransient);
                    retry.Exponential(5, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(200));
                });
                rabbit.UseMessageRetry(retry =>
                {
                    retry.Handle<Exception>(TransientFailures.IsTransient);
                    retry.Exponential(12, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(1));
                });
                rabbit.UseConsumeFilter(typeof(InboxFilter<>), context);
                rabbit.ConfigureEndpoints(context);
            });
        });
        // Stopping waits for in-flight consumers (their inbox transactions commit or roll back) up to this long.
        builder.Services.Configure<MassTransitHostOptions>(host => host.StopTimeout = builder.Configuration.GetValue(StopTimeoutKey, TimeSpan.FromSeconds(15)));

        // Registered after the bus: hosted services stop in reverse order, so the dispatcher's last flush runs while the bus can still publish.
        builder.Services.AddHostedService<OutboxDispatcher>();
        return builder;
    }
}
