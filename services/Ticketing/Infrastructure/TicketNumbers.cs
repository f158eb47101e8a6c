using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Ticketing.Infrastructure;

/// <summary>Hands out per-tenant human ticket numbers (#1001, #1002, …) inside the caller's transaction, so a rolled-back ticket frees its number.</summary>
public sealed class TicketNumbers(TicketingDbContext context)
{
    public const long First = 1001;

    public async Task<long> NextAsync(string tenantId, CancellationToken cancellationToken)
    {
        var numbers = await context.Database.SqlQuery<long>(
            $"""
            INSERT INTO ticket_number_counters (tenant_id, last_number) VALUES ({tenantId}, {First})
            ON CONFLICT (tenant_id) DO UPDATE SET last_number = ticket_number_counters.last_number + 1
            RETURNING last_number AS "Value"
            """).ToListAsync(cancellationToken);
        return numbers.Single();
    }
}
