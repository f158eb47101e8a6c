using CxPlatform.ServiceDefaults.Health;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace CxPlatform.ServiceDefaults.Data;

public static class DataExtensions
{
    public const string MigrateOnStartupKey = "Database:MigrateOnStartup";

    /// <summary>When true (or when the service is started with the argument <c>migrate</c>), the service applies its migrations and exits.</summary>
    public const string MigrateOnlyKey = "Database:MigrateOnly";

    /// <summary>Registers the service's DbContext on PostgreSQL from <c>ConnectionStrings:{connectionName}</c>, its readiness check and, when enabled, its migrations at start-up.</summary>
    public static IHostApplicationBuilder AddCxDbContext<TContext>(this IHostApplicationBuilder builder, string connectionName)
        where TContext : CxDbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"Connection string '{connectionName}' is not configured (ConnectionStrings__{connectionName}).");

        builder.Services.AddSingleton(_ => new NpgsqlDataSourceBuilder(connectionString).Build());
        builder.Services.AddDbContext<TContext>((sp, options) =>
            options.UseNpgsql(sp.GetRequiredService<NpgsqlDataSource>(), npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history")));
        builder.Services.AddScoped<CxDbContext>(sp => sp.GetRequiredService<TContext>());
        builder.Services.AddHealthChecks().AddDbContextCheck<TContext>("database", tags: [HealthExtensions.ReadyTag]);
        builder.Services.AddSingleton<IDatabaseMigrator, DatabaseMigrator<TContext>>();

        if (builder.Configuration.GetValue(MigrateOnStartupKey, builder.Environment.IsDevelopment()))
        {
            builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, MigrationHostedService>());
        }
        return builder;
    }
}
