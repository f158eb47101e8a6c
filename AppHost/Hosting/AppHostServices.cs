using System.Net;
using System.Text.Json.Serialization;
using CxPlatform.AppHost.Hosting.Dashboard;
using CxPlatform.AppHost.Hosting.Orchestration;
using CxPlatform.AppHost.Otlp;
using CxPlatform.AppHost.Hosting.Processes;
using CxPlatform.AppHost.Hosting.Servers;
using Microsoft.AspNetCore.Builder;

namespace CxPlatform.AppHost.Hosting;

internal static class AppHostServices
{
    public static void AddAppHostServices(this WebApplicationBuilder host, DistributedApplicationModel model, AppHostOptions options, AppHostPaths paths)
    {
        var dashboardPort = LoopbackPort.PreferOrNext(options.DashboardPort);
        host.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, dashboardPort));
        // Stopping waits for every service (SIGTERM, then a kill) and every server.
        host.Services.Configure<HostOptions>(hosting => hosting.ShutdownTimeout = options.StopTimeout * 2 + TimeSpan.FromSeconds(60));
        host.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        host.Services.AddHttpClient();

        host.Services.AddSingleton(new DashboardAddress(dashboardPort));
        host.Services.AddSingleton(new TraceStore());
        host.Services.AddSingleton(new LogStore());
        host.Services.AddSingleton(new MetricStore());
        host.Services.AddSingleton(TimeProvider.System);
        host.Services.AddSingleton(model);
        host.Services.AddSingleton(options);
        host.Services.AddSingleton(paths);
        host.Services.AddSingleton<DevelopmentCredentials>();

        host.Services.AddSingleton<ContainerEngine>();
        host.Services.AddSingleton<ContainerServerFactory>();
        host.Services.AddSingleton<LocalServerFactory>();
        host.Services.AddSingleton<ServerInstanceFactory>();

        host.Services.AddSingleton<ProcessLedger>();
        host.Services.AddSingleton<ResourceOutput>();
        host.Services.AddSingleton<ProjectBuilder>();
        host.Services.AddSingleton<ServiceEnvironment>();
        host.Services.AddSingleton<ResourceRunnerFactory>();
        host.Services.AddSingleton<StartupReport>();
        host.Services.AddSingleton<Orchestrator>();
        host.Services.AddHostedService(services => services.GetRequiredService<Orchestrator>());
    }
}
