using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Domain;
using CxPlatform.ServiceDefaults.Tenancy;
using CxPlatform.Ticketing.Domain.Sla;

namespace CxPlatform.Ticketing.Domain;

/// <summary>A customer's request for help; it enforces its own lifecycle and raises the events other services react to.</summary>
public sealed class Ticket : AggregateRoot, ITenantScoped
{
    private readonly List<TicketAuditEntry> _audit = [];
    private readonly List<SlaTarget> _slaTargets = [];

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

    /// <summary>When an agent first replied publicly; a customer's reply starts a next-reply target only after it.</summary>
    public DateTimeOffset? FirstAgentReplyAt { get; private set; }

    /// <summary>PostgreSQL's xmin: the optimistic concurrency token behind ETags.</summary>
    public uint Version { get; private set; }

    public IReadOnlyList<TicketAuditEntry> Audit => _audit;
    public IReadOnlyList<SlaTarget> SlaTargets => _slaTargets;

    public override string EventStreamKey => Id.ToString();

    public static Ticket Open(string tenantId, long number, NewTicket details, string actor, DateTimeOffset now, SlaPolicySet slaPolicies)
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
        ticket.RaiseSlaBreaches(ticket.SlaClock(slaPolicies).Opened(ticket.SlaFacts(), now));
        return ticket;
    }

    public void ChangeStatus(string to, string actor, DateTimeOffset now, SlaPolicySet slaPolicies)
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
        RaiseSlaBreaches(SlaClock(slaPolicies).StatusChanged(from, to, now));
    }

    /// <summary>
    /// Call after a public reply was added (and after any status change it caused): an agent's reply achieves the running
    /// first-reply and next-reply targets; a customer's reply starts a next-reply target once an agent has replied.
    /// </summary>
    /// <param name="authorKind">One of <see cref="ActorKinds"/>; system replies change nothing.</param>
    public void UpdateSlaForPublicReply(string authorKind, DateTimeOffset now, SlaPolicySet slaPolicies)
    {
        var clock = SlaClock(slaPolicies);
        if (authorKind == ActorKinds.Agent)
        {
            FirstAgentReplyAt ??= now;
            RaiseSlaBreaches(clock.AgentReplied(now));
        }
        else if (authorKind == ActorKinds.Customer)
        {
            RaiseSlaBreaches(clock.CustomerReplied(SlaFacts(), now));
        }
    }

    /// <summary>Call after the priority, type, channel or tags changed: the ticket's targets follow the policy that now matches.</summary>
    public void ReevaluateSla(DateTimeOffset now, SlaPolicySet slaPolicies) =>
        RaiseSlaBreaches(SlaClock(slaPolicies).Reevaluated(SlaFacts(), now));

    /// <summary>The SLA scheduler's part: records the breach of these targets if they are still due.</summary>
    public void RecordSlaBreaches(IReadOnlyCollection<Guid> targetIds, DateTimeOffset now) =>
        RaiseSlaBreaches(SlaClock(SlaPolicySet.None).Breach(targetIds, now));

    // Tags join the facts once tickets have them.
    private TicketSlaFacts SlaFacts() => new(Priority, Channel, Type, []);

    private TicketSlaClock SlaClock(SlaPolicySet slaPolicies) => new(this, _slaTargets, slaPolicies);

    private void RaiseSlaBreaches(List<SlaTarget> breached)
    {
        foreach (var target in breached)
        {
            var detectedAt = target.BreachedAt!.Value;
            Raise(new SlaBreached(
                TenantId, Guid.CreateVersion7(detectedAt), detectedAt, Id, Number, Requester.CustomerId, Channel, Type, Priority,
                GroupId: null, AssigneeId: null, target.Metric, target.DueAt!.Value, target.PolicyId));
        }
    }

    private void Record(string actor, string field, string? before, string? after, DateTimeOffset now) =>
        _audit.Add(new TicketAuditEntry(Id, TenantId, actor, field, before, after, now));
}
