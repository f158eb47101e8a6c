using CxPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CxPlatform.Surveys.Infrastructure;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the service (no database is contacted).</summary>
internal sealed class SurveysDbContextDesignTimeFactory : IDesignTimeDbContextFactory<SurveysDbContext>
{
    public SurveysDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<SurveysDbContext>()
            .UseNpgsql("Host=localhost;Database=surveysdb", npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .Options,
        new TenantContext(),
        TimeProvider.System);
}
