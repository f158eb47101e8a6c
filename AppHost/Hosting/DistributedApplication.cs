using CxPlatform.AppHost.Hosting.Orchestration;
using Microsoft.AspNetCore.Builder;

namespace CxPlatform.AppHost.Hosting;

/// <summary>The running platform: the dashboard host, whose lifetime starts and stops every resource.</summary>
public sealed class DistributedApplication(WebApplication host)
{
    public static DistributedApplicationBuilder CreateBuilder(string[] args) => new(args);

    public void Run() => RunAsync().GetAwaiter().GetResult();

    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        var orchestrator = host.Services.GetRequiredService<Orchestrator>();
        // An unhandled exception ends the process without running finally blocks: stop the children first.
        AppDomain.CurrentDomain.UnhandledException += (_, _) => orchestrator.StopAllAsync().Wait(TimeSpan.FromSeconds(30));
        try
        {
            await host.StartAsync(cancellationToken);
            await host.WaitForShutdownAsync(cancellationToken);
        }
        finally
        {
            // Also when the host failed to start or stop: no child process or container may outlive the AppHost.
            await orchestrator.StopAllAsync();
            await host.DisposeAsync();
        }
    }
}
