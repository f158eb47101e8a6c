using CxPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CxPlatform.Ticketing.Infrastructure;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the service (no database is contacted).</summary>
internal sealed class TicketingDbContextDesignTimeFactory : IDesignTimeDbContextFactory<TicketingDbContext>
{
    public TicketingDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<TicketingDbContext>()
            .UseNpgsql("Host=localhost;Database=ticketingdb", npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .Options,
        new TenantContext(),
        TimeProvider.System);
}
