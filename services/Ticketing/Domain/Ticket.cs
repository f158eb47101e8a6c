using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Domain;
using CxPlatform.ServiceDefaults.Tenancy;

namespace CxPlatform.Ticketing.Domain;

/// <summary>A customer's request for help; it enforces its own lifecycle and raises the events other services react to.</summary>
public sealed class Ticket : AggregateRoot, ITenantScoped
{
    private readonly List<TicketAuditEntry> _audit = [];

    private Ticket()
    {
    }

    public Guid Id { get; private set; }
    public string TenantId { get; private set; } = "";
    public long Number { get; private set; }
    public string Subject { get; private set; } = "";
    public string Description { get; private set; } = "";
    public Requester Requester { get; private set; } = new(null, null, null);
    public string Channel { get; private set; } = "";
    public string Type { get; private set; } = "";
    public string Priority { get; private set; } = "";
    public string Status { get; private set; } = TicketStatuses.New;
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? SolvedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public int ReopenCount { get; private set; }

    /// <summary>The customer could not be resolved when the ticket arrived (CareOutreach unavailable); the reconciler will link one.</summary>
    public bool CustomerResolutionPending { get; private set; }

    /// <summary>PostgreSQL's xmin: the optimistic concurrency token behind ETags.</summary>
    public uint Version { get; private set; }

    public IReadOnlyList<TicketAuditEntry> Audit => _audit;

    public override string EventStreamKey => Id.ToString();

    public static Ticket Open(string tenantId, long number, NewTicket details, string actor, DateTimeOffset now)
    {
        var ticket = new Ticket
        {
            Id = Guid.CreateVersion7(now),
            TenantId = tenantId,
            Number = number,
            Subject = details.Subject,
            Description = details.Description,
            Requester = details.Requester,
            Channel = details.Channel,
            Type = details.Type,
            Priority = details.Priority,
            Status = TicketStatuses.New,
            CreatedAt = now,
            UpdatedAt = now,
            CustomerResolutionPending = details.CustomerResolutionPending && details.Requester.CustomerId is null,
        };
        ticket.Record(actor, "status", null, TicketStatuses.New, now);
        ticket.Raise(new TicketCreated(
            TenantId: tenantId,
            EventId: Guid.CreateVersion7(now),
            OccurredAt: now,
            TicketId: ticket.Id,
            Number: number,
            CustomerId: details.Requester.CustomerId,
            Channel: details.Channel,
            Type: details.Type,
            Priority: details.Priority,
            Subject: details.Subject,
            Tags: []));
        return ticket;
    }

    public void ChangeStatus(string to, string actor, DateTimeOffset now)
    {
        if (to == Status)
        {
            return;
        }
        TicketLifecycle.EnsureCanMove(Status, to);

        var from = Status;
        Status = to;
        UpdatedAt = now;
        Record(actor, "status", from, to, now);
        Raise(new TicketStatusChanged(TenantId, Guid.CreateVersion7(now), now, Id, Number, Requester.CustomerId, from, to));

        if (to == TicketStatuses.Solved)
        {
            SolvedAt = now;
            Raise(new TicketSolved(TenantId, Guid.CreateVersion7(now), now, Id, Number, Requester.CustomerId, Channel, Type, Priority, null, null, [], CreatedAt));
        }
        else if (from == TicketStatuses.Solved && to == TicketStatuses.Open)
        {
            SolvedAt = null;
            ReopenCount++;
            Raise(new TicketReopened(
                TenantId, Guid.CreateVersion7(now), now, Id, Number, Requester.CustomerId, Channel, Type, Priority, null, null, ReopenCount, ActorKinds.Agent));
        }
        else if (to == TicketStatuses.Closed)
        {
            ClosedAt = now;
        }
    }

    /// <summary>
    /// Links the customer CareOutreach resolved from the requester's contact point; events raised afterwards carry it.
    /// Allowed in every status, closed included: it records who the requester is, not work on the ticket.
    /// </summary>
    public void LinkCustomer(Guid customerId, string actor, DateTimeOffset now)
    {
        if (Requester.CustomerId == customerId)
        {
            CustomerResolutionPending = false;
            return;
        }
        if (Requester.CustomerId is { } linked)
        {
            throw new DomainRuleViolationException(
                "ticket.customer_already_linked", $"The ticket already belongs to customer {linked}; it cannot be linked to another.");
        }

        Requester = Requester with { CustomerId = customerId };
        CustomerResolutionPending = false;
        UpdatedAt = now;
        Record(actor, "customer_id", null, customerId.ToString(), now);
    }

    /// <summary>CareOutreach refused the contact point (e.g. malformed): the ticket keeps it, without a customer, and is not retried.</summary>
    public void StopCustomerResolution(string actor, DateTimeOffset now)
    {
        if (!CustomerResolutionPending)
        {
            return;
        }
        CustomerResolutionPending = false;
        Record(actor, "customer_resolution", "pending", "unresolvable", now);
    }

    private void Record(string actor, string field, string? before, string? after, DateTimeOffset now) =>
        _audit.Add(new TicketAuditEntry(Id, TenantId, actor, field, before, after, now));
}
