using CxPlatform.ServiceDefaults.Tenancy;

namespace CxPlatform.Ticketing.Domain;

/// <summary>One change to a ticket: who, when, which field, before → after.</summary>
public sealed class TicketAuditEntry : ITenantScoped
{
    private TicketAuditEntry()
    {
    }

    public TicketAuditEntry(Guid ticketId, string tenantId, string actor, string field, string? before, string? after, DateTimeOffset at)
    {
        TicketId = ticketId;
        TenantId = tenantId;
        Actor = actor;
        Field = field;
        Before = before;
        After = after;
        At = at;
    }

    public long Id { get; private set; }
    public Guid TicketId { get; private set; }
    public string TenantId { get; private set; } = "";
    public string Actor { get; private set; } = "";
    public string Field { get; private set; } = "";
    public string? Before { get; private set; }
    public string? After { get; private set; }
    public DateTimeOffset At { get; private set; }
}
