using CxPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CxPlatform.Care.Infrastructure;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the service (no database is contacted).</summary>
internal sealed class CareDbContextDesignTimeFactory : IDesignTimeDbContextFactory<CareDbContext>
{
    public CareDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<CareDbContext>()
            .UseNpgsql("Host=localhost;Database=careoutreachdb", npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .Options,
        new TenantContext(),
        TimeProvider.System);
}
