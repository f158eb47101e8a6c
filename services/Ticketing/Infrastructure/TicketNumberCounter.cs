namespace CxPlatform.Ticketing.Infrastructure;

/// <summary>The last ticket number handed out for a tenant; only <see cref="TicketNumbers"/> touches it.</summary>
public sealed class TicketNumberCounter
{
    public string TenantId { get; private set; } = "";
    public long LastNumber { get; private set; }
}
