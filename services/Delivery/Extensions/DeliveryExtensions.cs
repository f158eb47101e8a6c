using CxPlatform.Delivery.Channels;
using CxPlatform.Delivery.Dispatch;
using CxPlatform.Delivery.Telemetry;
using CxPlatform.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace CxPlatform.Delivery.Extensions;

public static class DeliveryExtensions
{
    /// <summary>
    /// Durable delivery for a service whose DbContext calls <c>modelBuilder.AddDeliveryQueue()</c>: the scoped
    /// <see cref="DeliveryQueue"/>, the e-mail and webhook channels, and the dispatcher, configured from section
    /// <c>Delivery</c>. Requires <c>AddCxDbContext&lt;TContext&gt;</c>.
    /// </summary>
    public static IHostApplicationBuilder AddDelivery<TContext>(this IHostApplicationBuilder builder)
        where TContext : CxDbContext
    {
        builder.Services.AddOptions<DeliveryOptions>()
            .Bind(builder.Configuration.GetSection(DeliveryOptions.SectionName))
            .Validate(DeliveryOptionsRules.AreValid, DeliveryOptionsRules.Description)
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<DeliveryQueue>();

        builder.Services.AddSingleton<DeliverySignal>();
        builder.Services.AddSingleton<DeliveryCommitInterceptor>();
        builder.Services.AddSingleton<DeliverySaveInterceptor>();
        builder.Services.ConfigureDbContext<TContext>((services, options) => options.AddInterceptors(
            services.GetRequiredService<DeliverySaveInterceptor>(), services.GetRequiredService<DeliveryCommitInterceptor>()));

        builder.Services.AddSingleton<EmailComposer>();
        builder.Services.AddSingleton<IDeliveryChannel, EmailChannel>();
        builder.Services.AddSingleton<IDeliveryChannel, WebhookChannel>();
        builder.Services.AddHttpClient(WebhookChannel.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseCookies = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            // Without the service defaults' handlers: retries belong to the delivery (each attempt recorded, Retry-After
            // honoured), and receivers are outside addresses that service discovery must not resolve to our own services.
            .ConfigureAdditionalHttpMessageHandlers((handlers, _) => handlers.Clear());

        builder.Services.AddSingleton<DeliveryStore>();
        builder.Services.AddSingleton<DeliverySender>();
        builder.Services.AddHostedService<DeliveryDispatcher>();

        builder.Services.AddOpenTelemetry()
            .WithTracing(tracing => tracing.AddSource(DeliveryDiagnostics.ActivitySourceName))
            .WithMetrics(metrics => metrics.AddMeter(DeliveryDiagnostics.MeterName));
        return builder;
    }

    /// <summary>The current tenant's deliveries, for status reads (no tracking: only the dispatcher changes them).</summary>
    public static IQueryable<DeliveryRecord> Deliveries(this CxDbContext db) => db.Set<DeliveryRecord>().AsNoTracking();
}
