using CxPlatform.ServiceDefaults.Api;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.ServiceDefaults.Errors;
using CxPlatform.ServiceDefaults.Health;
using CxPlatform.ServiceDefaults.Http;
using CxPlatform.ServiceDefaults.Idempotency;
using CxPlatform.ServiceDefaults.Telemetry;
using CxPlatform.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace CxPlatform.ServiceDefaults;

public static class ServiceDefaultsExtensions
{
    public const string HostOptionsSection = "HostOptions";

    /// <summary>Telemetry, health, problem details, auth, tenancy, rate limits, idempotency keys, service discovery and resilience: what every CxPlatform service shares.</summary>
    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        // HostOptions__ShutdownTimeout: how long SIGTERM may take (Kestrel drains requests, the bus its consumers, the outbox its last flush).
        builder.Services.Configure<HostOptions>(builder.Configuration.GetSection(HostOptionsSection));
        builder.AddDefaultTelemetry();
        builder.AddDefaultHealthChecks();
        builder.AddDefaultProblemDetails();
        builder.AddDefaultAuthentication();
        builder.AddTenancy();
        builder.AddDefaultRateLimiting();
        builder.AddRequestLimits();
        builder.AddDefaultOpenApi();
        builder.AddIdempotency();

        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });
        return builder;
    }

    /// <summary>The shared middleware pipeline plus health and OpenAPI endpoints.</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRequestLimits();
        app.UseAuthentication();
        app.UseTenancy();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseIdempotency();

        app.MapDefaultHealthChecks();
        app.MapDefaultOpenApi();
        return app;
    }
}
