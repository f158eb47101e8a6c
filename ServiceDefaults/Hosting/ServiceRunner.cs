using CxPlatform.ServiceDefaults.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CxPlatform.ServiceDefaults.Hosting;

public static partial class ServiceRunner
{
    public const string MigrateCommand = "migrate";

    /// <summary>
    /// Runs the service until SIGTERM, or — started with the argument <c>migrate</c> or <c>Database__MigrateOnly=true</c> —
    /// applies its database migrations and exits: 0 when the schema is current, 1 when migrating failed. The host (Kestrel,
    /// the bus, background work) is not started in migrate mode, so it runs as a Kubernetes Job before a rollout.
    /// </summary>
    public static async Task<int> RunServiceAsync(this WebApplication app, string[] args)
    {
        if (!IsMigrateMode(app.Configuration, args))
        {
            await app.RunAsync();
            return 0;
        }

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ServiceRunner));
        var lifetime = app.Services.GetRequiredService<IHostApplicationLifetime>();
        try
        {
            var applied = 0;
            foreach (var migrator in app.Services.GetServices<IDatabaseMigrator>())
            {
                applied += await migrator.MigrateAsync(lifetime.ApplicationStopping);
            }
            LogMigrated(logger, applied);
            return 0;
        }
        catch (Exception exception)
        {
            LogMigrationFailed(logger, exception);
            return 1;
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    public static bool IsMigrateMode(IConfiguration configuration, IReadOnlyCollection<string> args) =>
        args.Contains(MigrateCommand, StringComparer.OrdinalIgnoreCase) || configuration.GetValue(DataExtensions.MigrateOnlyKey, false);

    [LoggerMessage(LogLevel.Information, "Migrate mode: the schema is current ({Applied} migrations applied)")]
    private static partial void LogMigrated(ILogger logger, int applied);

    [LoggerMessage(LogLevel.Critical, "Migrate mode: migrating failed")]
    private static partial void LogMigrationFailed(ILogger logger, Exception exception);
}
