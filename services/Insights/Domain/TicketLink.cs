using CxPlatform.ServiceDefaults.Tenancy;

namespace CxPlatform.Insights.Domain;

/// <summary>
/// A ticket's customer and latest known status. Ticket events carry <c>CustomerId</c> only once Ticketing resolved it, so a
/// ticket's earlier events join the customer's timeline through this link, and open tickets are counted from it.
/// </summary>
public sealed class TicketLink : ITenantScoped
{
    public string TenantId { get; set; } = "";
    public Guid TicketId { get; set; }
    public Guid? CustomerId { get; set; }

    /// <summary>One of <c>TicketStatuses</c>; null until an event that proves a status arrived (then the ticket counts as open).</summary>
    public string? Status { get; set; }

    public DateTimeOffset? StatusAt { get; set; }
    public DateTimeOffset FirstSeenAt { get; set; }
}
