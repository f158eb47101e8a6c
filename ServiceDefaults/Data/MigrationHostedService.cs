using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CxPlatform.ServiceDefaults.Data;

/// <summary>Applies pending migrations before the service starts taking work (development and tests; operators run them as a separate step).</summary>
internal sealed class MigrationHostedService<TContext>(IServiceScopeFactory scopes, ILogger<MigrationHostedService<TContext>> logger) : IHostedService
    where TContext : DbContext
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TContext>();
        logger.LogInformation("Applying migrations for {DbContext}", typeof(TContext).Name);
        await context.Database.MigrateAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
