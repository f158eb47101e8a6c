using CxPlatform.ServiceDefaults.Tenancy;

namespace CxPlatform.Ticketing.Domain;

/// <summary>One entry of a ticket's conversation: a public reply (agent or customer) or an internal note the customer never sees.</summary>
public sealed class TicketMessage : ITenantScoped
{
    private TicketMessage()
    {
    }

    internal TicketMessage(Guid ticketId, string tenantId, string authorKind, string? authorId, string body, bool isPublic, DateTimeOffset createdAt)
    {
        Id = Guid.CreateVersion7(createdAt);
        TicketId = ticketId;
        TenantId = tenantId;
        AuthorKind = authorKind;
        AuthorId = authorId;
        Body = body;
        IsPublic = isPublic;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }
    public Guid TicketId { get; private set; }
    public string TenantId { get; private set; } = "";
    public string AuthorKind { get; private set; } = "";
    public string? AuthorId { get; private set; }
    public string Body { get; private set; } = "";
    public bool IsPublic { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Set on a copy brought in by a merge: the number of the ticket it was written on.</summary>
    public long? MergedFromNumber { get; private set; }

    /// <summary>Set when this message was split off into a ticket of its own.</summary>
    public Guid? SplitIntoTicketId { get; private set; }

    internal TicketMessage CopyFor(Ticket target, long sourceNumber) =>
        new(target.Id, target.TenantId, AuthorKind, AuthorId, Body, IsPublic, CreatedAt)
        {
            Id = Guid.CreateVersion7(CreatedAt),
            MergedFromNumber = MergedFromNumber ?? sourceNumber,
        };

    internal void MarkSplitInto(Guid ticketId) => SplitIntoTicketId = ticketId;
}
