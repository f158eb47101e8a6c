using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Tenancy;
using CxPlatform.Ticketing.Domain;
using CxPlatform.Ticketing.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Ticketing.AutoClose;

/// <summary>Closes solved tickets once their tenant's auto-close delay has passed (4 days unless the tenant set another or none).</summary>
public sealed class AutoCloser(IServiceScopeFactory scopes, TimeProvider time)
{
    /// <returns>How many tickets were closed.</returns>
    public async Task<int> CloseDueAsync(int batchSize, CancellationToken cancellationToken)
    {
        var due = await FindDueAsync(batchSize, cancellationToken);
        var closed = 0;
        foreach (var (tenantId, ticketId) in due)
        {
            closed += await CloseAsync(tenantId, ticketId, cancellationToken) ? 1 : 0;
        }
        return closed;
    }

    private async Task<List<(string TenantId, Guid TicketId)>> FindDueAsync(int batchSize, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TicketingDbContext>();
        var now = time.GetUtcNow();
        // 'solved' is a literal, not a parameter, so that the planner matches the partial index ix_tickets_solved_at_while_solved.
        var rows = await db.Database.SqlQuery<DueTicket>($"""
            SELECT t."TenantId" AS "TenantId", t."Id" AS "TicketId"
            FROM tickets t LEFT JOIN ticket_settings s ON s."TenantId" = t."TenantId"
            WHERE t."Status" = 'solved'
              AND t."SolvedAt" <= {now} - make_interval(days => CASE WHEN s."TenantId" IS NULL THEN {TicketSettings.DefaultAutoCloseAfterDays} ELSE s."AutoCloseAfterDays" END)
            ORDER BY t."SolvedAt"
            LIMIT {batchSize}
            """).ToListAsync(cancellationToken);
        return rows.Select(r => (r.TenantId, r.TicketId)).ToList();
    }

    private async Task<bool> CloseAsync(string tenantId, Guid ticketId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateTenantScope(tenantId);
        var db = scope.ServiceProvider.GetRequiredService<TicketingDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ticket = await db.Tickets
            .FromSql($"""SELECT *, xmin FROM tickets WHERE "Id" = {ticketId} FOR UPDATE SKIP LOCKED""")
            .SingleOrDefaultAsync(cancellationToken);
        if (ticket is null || ticket.Status != TicketStatuses.Solved)
        {
            return false;
        }
        var sla = await scope.ServiceProvider.GetRequiredService<SlaPolicyStore>().LoadAsync(cancellationToken);
        ticket.ChangeStatus(TicketStatuses.Closed, Author.System, time.GetUtcNow(), sla);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private sealed record DueTicket(string TenantId, Guid TicketId);
}
