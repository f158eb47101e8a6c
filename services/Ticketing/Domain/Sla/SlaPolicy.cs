using CxPlatform.ServiceDefaults.Tenancy;

namespace CxPlatform.Ticketing.Domain.Sla;

/// <summary>
/// Targets for the tickets it selects. A tenant's policies are ordered by <see cref="Position"/> (ties: the older first) and
/// the first whose conditions all match a ticket applies to it.
/// </summary>
public sealed class SlaPolicy : ITenantScoped
{
    private SlaPolicy()
    {
    }

    public Guid Id { get; private set; }
    public string TenantId { get; private set; } = "";
    public string Name { get; private set; } = "";
    public int Position { get; private set; }
    public string[] Priorities { get; private set; } = [];
    public string[] Channels { get; private set; } = [];
    public string[] Types { get; private set; } = [];
    public string[] Tags { get; private set; } = [];
    public List<SlaPolicyTarget> Targets { get; private set; } = [];

    /// <summary>The business-hours calendar the targets count in; none means every minute counts.</summary>
    public Guid? CalendarId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>PostgreSQL's xmin: the optimistic concurrency token behind ETags.</summary>
    public uint Version { get; private set; }

    public static SlaPolicy Create(string tenantId, SlaPolicyDefinition definition, int position, DateTimeOffset now)
    {
        var policy = new SlaPolicy { Id = Guid.CreateVersion7(now), TenantId = tenantId, CreatedAt = now };
        policy.Redefine(definition, position, now);
        return policy;
    }

    public void Redefine(SlaPolicyDefinition definition, int position, DateTimeOffset now)
    {
        Name = definition.Name;
        Position = position;
        Priorities = [.. definition.Priorities.Distinct()];
        Channels = [.. definition.Channels.Distinct()];
        Types = [.. definition.Types.Distinct()];
        Tags = [.. definition.Tags.Distinct(StringComparer.OrdinalIgnoreCase)];
        Targets = [.. definition.Targets];
        CalendarId = definition.CalendarId;
        UpdatedAt = now;
    }

    public bool Matches(TicketSlaFacts ticket) =>
        (Priorities.Length == 0 || Priorities.Contains(ticket.Priority))
        && (Channels.Length == 0 || Channels.Contains(ticket.Channel))
        && (Types.Length == 0 || Types.Contains(ticket.Type))
        && (Tags.Length == 0 || Tags.Any(tag => ticket.Tags.Contains(tag, StringComparer.OrdinalIgnoreCase)));

    /// <summary>The goal in business minutes for <paramref name="metric"/>, or null when this policy sets none.</summary>
    public int? MinutesFor(string metric) => Targets.FirstOrDefault(target => target.Metric == metric)?.Minutes;
}
