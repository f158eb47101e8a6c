using CxPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CxPlatform.Insights.Infrastructure;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the service (no database is contacted).</summary>
internal sealed class InsightsDbContextDesignTimeFactory : IDesignTimeDbContextFactory<InsightsDbContext>
{
    public InsightsDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<InsightsDbContext>()
            .UseNpgsql("Host=localhost;Database=insightsdb", npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .Options,
        new TenantContext(),
        TimeProvider.System);
}
