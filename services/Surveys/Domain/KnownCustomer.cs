using CxPlatform.ServiceDefaults.Tenancy;

namespace CxPlatform.Surveys.Domain;

/// <summary>
/// A customer Surveys saw in an event (<c>TicketSolved</c>, <c>OutreachCompleted</c>) and when last: the audience of
/// <c>schedule</c> rules (Surveys owns no customer list; CareOutreach does).
/// </summary>
public sealed class KnownCustomer : ITenantScoped
{
    private KnownCustomer()
    {
    }

    public string TenantId { get; private set; } = "";
    public Guid CustomerId { get; private set; }
    public DateTimeOffset LastSeenAt { get; private set; }
}
