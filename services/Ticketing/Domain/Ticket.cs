using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Domain;
using CxPlatform.ServiceDefaults.Tenancy;
using CxPlatform.Ticketing.Domain.Sla;

namespace CxPlatform.Ticketing.Domain;

/// <summary>A customer's request for help; it enforces its own lifecycle and raises the events other services react to.</summary>
public sealed class Ticket : AggregateRoot, ITenantScoped
{
    private readonly List<TicketAuditEntry> _audit = [];
    private readonly List<TicketMessage> _messages = [];
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
    public Guid? GroupId { get; private set; }
    public string? AssigneeId { get; private set; }
    public List<string> Tags { get; private set; } = [];
    public Dictionary<string, string> CustomFields { get; private set; } = [];
    public TicketReturn? Return { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? FirstRepliedAt { get; private set; }
    public DateTimeOffset? SolvedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public int ReopenCount { get; private set; }
    public Guid? MergedIntoTicketId { get; private set; }

    /// <summary>The customer could not be resolved when the ticket arrived (CareOutreach unavailable); the reconciler will link one.</summary>
    public bool CustomerResolutionPending { get; private set; }


    /// <summary>PostgreSQL's xmin: the optimistic concurrency token behind ETags.</summary>
    public uint Version { get; private set; }

    public IReadOnlyList<TicketAuditEntry> Audit => _audit;
    public IReadOnlyList<SlaTarget> SlaTargets => _slaTargets;

    /// <summary>The conversation; only what was loaded (or added since), so load it before reading it.</summary>
    public IReadOnlyList<TicketMessage> Messages => _messages;

    public bool IsUnsolved => TicketStatuses.Unsolved.Contains(Status);

    public override string EventStreamKey => Id.ToString();

    public static Ticket Open(string tenantId, long number, NewTicket details, Author actor, DateTimeOffset now, SlaPolicySet slaPolicies)
    {
        if (details.Type == TicketTypes.Return && details.Return is null)
        {
            throw new DomainRuleViolationException("ticket.return_needs_details", "A return ticket needs the order reference and the items returned.");
        }
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
            Tags = TicketTags.Normalize(details.Tags ?? []),
            CustomFields = new Dictionary<string, string>(details.CustomFields ?? new Dictionary<string, string>()),
            Return = details.Return is null ? null : new TicketReturn(details.Return, now),
            CreatedAt = now,
            UpdatedAt = now,
            CustomerResolutionPending = details.CustomerResolutionPending && details.Requester.CustomerId is null,
        };
        ticket.Record(actor, "status", null, TicketStatuses.New, now);
        ticket.Raise(new TicketCreated(
            tenantId, Guid.CreateVersion7(now), now, ticket.Id, number, details.Requester.CustomerId, details.Channel, details.Type,
            details.Priority, details.Subject, ticket.Tags.ToList()));
        ticket.RaiseSlaBreaches(ticket.SlaClock(slaPolicies).Opened(ticket.SlaFacts(), now));
        return ticket;
    }

    public void ChangeStatus(string to, Author actor, DateTimeOffset now, SlaPolicySet slaPolicies)
    {
        if (to == Status)
        {
            return;
        }
        TicketLifecycle.EnsureCanMove(Status, to);
        MoveTo(to, actor, now, slaPolicies);
    }

    /// <summary>Adds a public reply or an internal note; replies move the ticket the way a help desk user expects.</summary>
    public TicketMessage AddMessage(Author author, string body, bool isPublic, DateTimeOffset now, SlaPolicySet slaPolicies)
    {
        EnsureNotClosed();
        if (author.Kind == ActorKinds.Customer && !isPublic)
        {
            throw new DomainRuleViolationException("message.customer_writes_public", "A customer's message is always public; internal notes are written by agents.");
        }

        var message = new TicketMessage(Id, TenantId, author.Kind, author.Id, body, isPublic, now);
        _messages.Add(message);
        UpdatedAt = now;
        var isFirstReply = isPublic && author.Kind == ActorKinds.Agent && FirstRepliedAt is null;
        if (isFirstReply)
        {
            FirstRepliedAt = now;
        }
        Raise(new TicketReplied(
            TenantId, Guid.CreateVersion7(now), now, Id, Number, Requester.CustomerId, Channel, Type, Priority, GroupId, AssigneeId,
            message.Id, author.Kind, author.Id, isPublic, isFirstReply, CreatedAt));

        if (isPublic)
        {
            MoveOnReply(author, now, slaPolicies);
            UpdateSlaForPublicReply(author.Kind, now, slaPolicies);
        }
        return message;
    }

    public void ChangeDetails(TicketDetailsChange change, Author actor, DateTimeOffset now, SlaPolicySet slaPolicies)
    {
        EnsureNotClosed();
        if (change.Type == TicketTypes.Return && Return is null)
        {
            throw new DomainRuleViolationException("ticket.return_needs_details", "A ticket becomes a return only when it is created with the order reference and items.");
        }
        var slaRelevant = (Priority, Type, string.Join(' ', Tags));
        Subject = Changed(actor, "subject", Subject, change.Subject, now);
        Priority = Changed(actor, "priority", Priority, change.Priority, now);
        Type = Changed(actor, "type", Type, change.Type, now);
        if (change.Tags is not null)
        {
            var tags = TicketTags.Normalize(change.Tags);
            if (!tags.SequenceEqual(Tags))
            {
                Record(actor, "tags", string.Join(' ', Tags), string.Join(' ', tags), now);
                Tags = tags;
            }
        }
        foreach (var (key, value) in change.CustomFields ?? new Dictionary<string, string?>())
        {
            var before = CustomFields.GetValueOrDefault(key);
            if (before == value)
            {
                continue;
            }
            Record(actor, $"custom_fields.{key}", before, value, now);
            if (value is null)
            {
                CustomFields.Remove(key);
            }
            else
            {
                CustomFields[key] = value;
            }
        }
        UpdatedAt = now;
        if ((Priority, Type, string.Join(' ', Tags)) != slaRelevant)
        {
            ReevaluateSla(now, slaPolicies);
        }
    }

    public void Assign(Guid? groupId, string? assigneeId, Author actor, DateTimeOffset now)
    {
        EnsureNotClosed();
        if (groupId == GroupId && assigneeId == AssigneeId)
        {
            return;
        }
        var (previousGroup, previousAssignee) = (GroupId, AssigneeId);
        if (groupId != previousGroup)
        {
            Record(actor, "group", previousGroup?.ToString(), groupId?.ToString(), now);
        }
        if (assigneeId != previousAssignee)
        {
            Record(actor, "assignee", previousAssignee, assigneeId, now);
        }
        (GroupId, AssigneeId, UpdatedAt) = (groupId, assigneeId, now);
        Raise(new TicketAssigned(
            TenantId, Guid.CreateVersion7(now), now, Id, Number, Requester.CustomerId, Channel, Type, Priority, groupId, assigneeId,
            previousGroup, previousAssignee, actor.Kind == ActorKinds.Agent ? actor.Id : null));
    }

    public void ChangeReturnState(string state, Author actor, DateTimeOffset now)
    {
        EnsureNotClosed();
        if (Return is null)
        {
            throw new DomainRuleViolationException("ticket.not_a_return", $"Ticket #{Number} has no return to move.");
        }
        var before = Return.State;
        Return.MoveTo(state, now);
        Record(actor, "return.state", before, state, now);
        UpdatedAt = now;
    }

    /// <summary>
    /// Folds this ticket into <paramref name="target"/>: the conversation is copied there in its original order and authorship,
    /// both audit trails record the merge, and this ticket closes pointing to the target. Load both conversations first.
    /// </summary>
    public void MergeInto(Ticket target, Author actor, DateTimeOffset now, SlaPolicySet slaPolicies)
    {
        if (target.Id == Id)
        {
            throw new DomainRuleViolationException("ticket.merge_into_itself", "A ticket cannot be merged into itself.");
        }
        EnsureNotClosed();
        target.EnsureNotClosed();

        var copies = _messages.Where(m => m.SplitIntoTicketId is null).Select(m => m.CopyFor(target, Number)).ToList();
        target._messages.AddRange(copies);
        target.Record(actor, "merged_from", null, $"#{Number}", now);
        target.UpdatedAt = now;

        MergedIntoTicketId = target.Id;
        Record(actor, "merged_into", null, $"#{target.Number}", now);
        MoveTo(TicketStatuses.Closed, actor, now, slaPolicies);
    }

    /// <summary>Opens a new ticket from one message of this conversation (a customer who raised a second problem in the same thread).</summary>
    public Ticket SplitMessage(Guid messageId, long newNumber, string? subject, Author actor, DateTimeOffset now, SlaPolicySet slaPolicies)
    {
        EnsureNotClosed();
        var message = _messages.SingleOrDefault(m => m.Id == messageId)
            ?? throw new DomainRuleViolationException("ticket.message_not_found", $"Ticket #{Number} has no message {messageId}.");
        if (message.SplitIntoTicketId is not null)
        {
            throw new DomainRuleViolationException("ticket.message_already_split", "This message was already split into a ticket of its own.");
        }

        var defaultSubject = $"Split from #{Number}: {Subject}";
        var split = Open(TenantId, newNumber, new NewTicket(
            subject ?? defaultSubject[..Math.Min(defaultSubject.Length, TicketLimits.SubjectLength)],
            message.Body, Requester with { }, Channel, Type == TicketTypes.Return ? TicketTypes.Question : Type, Priority, Tags), actor, now, slaPolicies);
        split._messages.Add(message.CopyFor(split, Number));
        split.Record(actor, "split_from", null, $"#{Number}", now);
        if (GroupId is not null || AssigneeId is not null)
        {
            split.Assign(GroupId, AssigneeId, actor, now);
        }

        message.MarkSplitInto(split.Id);
        Record(actor, "split_into", null, $"#{newNumber}", now);
        UpdatedAt = now;
        return split;
    }

    private void MoveOnReply(Author author, DateTimeOffset now, SlaPolicySet slaPolicies)
    {
        if (author.Kind == ActorKinds.Agent && Status == TicketStatuses.New)
        {
            MoveTo(TicketStatuses.Open, author, now, slaPolicies);
        }
        else if (author.Kind == ActorKinds.Customer && Status is TicketStatuses.Pending or TicketStatuses.Solved)
        {
            MoveTo(TicketStatuses.Open, author, now, slaPolicies);
        }
    }

    private void MoveTo(string to, Author actor, DateTimeOffset now, SlaPolicySet slaPolicies)
    {
        var from = Status;
        Status = to;
        UpdatedAt = now;
        Record(actor, "status", from, to, now);
        Raise(new TicketStatusChanged(TenantId, Guid.CreateVersion7(now), now, Id, Number, Requester.CustomerId, from, to));

        if (to == TicketStatuses.Solved)
        {
            SolvedAt = now;
            Raise(new TicketSolved(
                TenantId, Guid.CreateVersion7(now), now, Id, Number, Requester.CustomerId, Channel, Type, Priority, GroupId, AssigneeId,
                Tags.ToList(), CreatedAt));
        }
        else if (from == TicketStatuses.Solved && to == TicketStatuses.Open)
        {
            SolvedAt = null;
            ReopenCount++;
            Raise(new TicketReopened(
                TenantId, Guid.CreateVersion7(now), now, Id, Number, Requester.CustomerId, Channel, Type, Priority, GroupId, AssigneeId,
                ReopenCount, actor.Kind));
        }
        else if (to == TicketStatuses.Closed)
        {
            ClosedAt = now;
        }
        RaiseSlaBreaches(SlaClock(slaPolicies).StatusChanged(from, to, now));
    }

    /// <summary>
    /// After a public reply (and any status change it caused): an agent's reply achieves the running first-reply and
    /// next-reply targets; a customer's reply starts a next-reply target once an agent has replied.
    /// </summary>
    internal void UpdateSlaForPublicReply(string authorKind, DateTimeOffset now, SlaPolicySet slaPolicies)
    {
        var clock = SlaClock(slaPolicies);
        if (authorKind == ActorKinds.Agent)
        {
            FirstRepliedAt ??= now;
            RaiseSlaBreaches(clock.AgentReplied(now));
        }
        else if (authorKind == ActorKinds.Customer)
        {
            RaiseSlaBreaches(clock.CustomerReplied(SlaFacts(), now));
        }
    }

    /// <summary>After the priority, type or tags changed: the ticket's targets follow the policy that now matches.</summary>
    internal void ReevaluateSla(DateTimeOffset now, SlaPolicySet slaPolicies) =>
        RaiseSlaBreaches(SlaClock(slaPolicies).Reevaluated(SlaFacts(), now));

    /// <summary>The SLA scheduler's part: records the breach of these targets if they are still due.</summary>
    public void RecordSlaBreaches(IReadOnlyCollection<Guid> targetIds, DateTimeOffset now) =>
        RaiseSlaBreaches(SlaClock(SlaPolicySet.None).Breach(targetIds, now));

    private TicketSlaFacts SlaFacts() => new(Priority, Channel, Type, Tags);

    private TicketSlaClock SlaClock(SlaPolicySet slaPolicies) => new(this, _slaTargets, slaPolicies);

    private void RaiseSlaBreaches(List<SlaTarget> breached)
    {
        foreach (var target in breached)
        {
            var detectedAt = target.BreachedAt!.Value;
            Raise(new SlaBreached(
                TenantId, Guid.CreateVersion7(detectedAt), detectedAt, Id, Number, Requester.CustomerId, Channel, Type, Priority,
                GroupId, AssigneeId, target.Metric, target.DueAt!.Value, target.PolicyId));
        }
    }

    /// <summary>
    /// Links the customer CareOutreach resolved from the requester's contact point; events raised afterwards carry it.
    /// Allowed in every status, closed included: it records who the requester is, not work on the ticket.
    /// </summary>
    public void LinkCustomer(Guid customerId, Author actor, DateTimeOffset now)
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
    public void StopCustomerResolution(Author actor, DateTimeOffset now)
    {
        if (!CustomerResolutionPending)
        {
            return;
        }
        CustomerResolutionPending = false;
        Record(actor, "customer_resolution", "pending", "unresolvable", now);
    }

    private void EnsureNotClosed()
    {
        if (Status == TicketStatuses.Closed)
        {
            throw new DomainRuleViolationException(
                "ticket.closed_is_final", $"Ticket #{Number} is closed and cannot change; open a follow-up ticket instead.");
        }
    }

    private string Changed(Author actor, string field, string current, string? requested, DateTimeOffset now)
    {
        if (requested is null || requested == current)
        {
            return current;
        }
        Record(actor, field, current, requested, now);
        return requested;
    }

    private void Record(Author actor, string field, string? before, string? after, DateTimeOffset now) =>
        _audit.Add(new TicketAuditEntry(Id, TenantId, actor.AuditName, field, before, after, now));
}
