using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults;
using CxPlatform.ServiceDefaults.Grpc;
using CxPlatform.ServiceDefaults.Tenancy;
using CxPlatform.Ticketing.Domain;
using CxPlatform.Ticketing.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CxPlatform.Ticketing.Customers;

/// <summary>
/// Links tickets accepted while CareOutreach was unavailable to their customers, in every tenant. Each replica runs one:
/// a ticket is claimed with <c>FOR UPDATE SKIP LOCKED</c> for the length of one ResolveCustomer call, so replicas never
/// work on the same ticket. While CareOutreach fails, the reconciler backs off exponentially, and a ticket that failed
/// waits its own backoff so that one bad ticket cannot hold up the others.
/// </summary>
public sealed class CustomerReconciler(
    IServiceScopeFactory scopes,
    IConfiguration configuration,
    TimeProvider time,
    IOptions<CustomerResolutionOptions> options,
    ILogger<CustomerReconciler> logger) : BackgroundService
{
    public static readonly Author Actor = new(ActorKinds.System, "system:customer-reconciler");
    private const int MaxRemembered = 10_000;

    private readonly Dictionary<Guid, (int Failures, DateTimeOffset NotBefore)> _failedTickets = [];
    private int _consecutiveFailures;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.HasGrpcEndpoint(ResourceNames.CareOutreach))
        {
            logger.LogWarning("No CareOutreach address is configured: tickets keep their contact point and stay pending until one is");
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan wait;
            try
            {
                wait = await ReconcileNextAsync(stoppingToken) switch
                {
                    ReconcileResult.Progressed => TimeSpan.Zero,
                    ReconcileResult.Idle => options.Value.PollInterval,
                    _ => Backoff(++_consecutiveFailures),
                };
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(exception, "Customer reconciliation failed");
                wait = Backoff(++_consecutiveFailures);
            }

            if (wait > TimeSpan.Zero)
            {
                try
                {
                    // Infrastructure pacing, not business time: a real delay.
                    await Task.Delay(wait, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task<ReconcileResult> ReconcileNextAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TicketingDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var notDue = NotDueTickets();
        var claimed = await db.Database.SqlQuery<PendingTicket>(
            $"""
            SELECT "Id" AS "TicketId", "TenantId" AS "TenantId" FROM tickets
            WHERE customer_resolution_pending AND NOT ("Id" = ANY({notDue}))
            ORDER BY "CreatedAt"
            LIMIT 1
            FOR UPDATE SKIP LOCKED
            """).ToListAsync(cancellationToken);
        if (claimed is not [var pending])
        {
            return ReconcileResult.Idle;
        }

        // The tenant scope makes the ticket query tenant-filtered and the CareOutreach call carry this tenant's token.
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(pending.TenantId);
        var ticket = await db.Tickets.SingleAsync(t => t.Id == pending.TicketId, cancellationToken);
        var resolver = scope.ServiceProvider.GetRequiredService<CustomerResolver>();
        var resolution = await resolver.ResolveAsync(ticket.Requester, cancellationToken);

        switch (resolution.Outcome)
        {
            case CustomerResolutionOutcome.Resolved:
                ticket.LinkCustomer(resolution.CustomerId!.Value, Actor, time.GetUtcNow());
                logger.LogInformation("Ticket {TicketId} of {TenantId} linked to customer {CustomerId}", ticket.Id, pending.TenantId, resolution.CustomerId);
                break;
            case CustomerResolutionOutcome.Unresolvable:
                ticket.StopCustomerResolution(Actor, time.GetUtcNow());
                logger.LogWarning("Ticket {TicketId} of {TenantId} keeps its contact point without a customer: CareOutreach refused it", ticket.Id, pending.TenantId);
                break;
            default:
                RememberFailure(ticket.Id);
                return ReconcileResult.CareOutreachUnavailable;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        _failedTickets.Remove(ticket.Id);
        _consecutiveFailures = 0;
        return ReconcileResult.Progressed;
    }

    private Guid[] NotDueTickets()
    {
        var now = time.GetUtcNow();
        return _failedTickets.Where(entry => entry.Value.NotBefore > now).Select(entry => entry.Key).ToArray();
    }

    private void RememberFailure(Guid ticketId)
    {
        if (_failedTickets.Count >= MaxRemembered)
        {
            _failedTickets.Clear();
        }
        var failures = _failedTickets.TryGetValue(ticketId, out var previous) ? previous.Failures + 1 : 1;
        _failedTickets[ticketId] = (failures, time.GetUtcNow() + Backoff(failures));
    }

    private TimeSpan Backoff(int failures)
    {
        var (min, max) = (options.Value.MinBackoff, options.Value.MaxBackoff);
        var doubled = min.Ticks * Math.Pow(2, Math.Min(failures - 1, 30));
        return TimeSpan.FromTicks((long)Math.Min(doubled, max.Ticks));
    }
}
