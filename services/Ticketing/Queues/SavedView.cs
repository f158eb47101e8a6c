using CxPlatform.ServiceDefaults.Tenancy;

namespace CxPlatform.Ticketing.Queues;

/// <summary>An agent's named work queue; only its owner sees it.</summary>
public sealed class SavedView : ITenantScoped
{
    private SavedView()
    {
    }

    public SavedView(string ownerId, string name, TicketFilter filter, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        OwnerId = ownerId;
        Name = name;
        Filter = filter;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }
    public string TenantId { get; private set; } = "";
    public string OwnerId { get; private set; } = "";
    public string Name { get; private set; } = "";
    public TicketFilter Filter { get; private set; } = new();
    public DateTimeOffset CreatedAt { get; private set; }
}
