using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Domain;
using CxPlatform.ServiceDefaults.Tenancy;

namespace CxPlatform.Insights.Domain;

/// <summary>
/// One row of the append-only event store: a platform event or an external touchpoint, with the typed columns timelines and
/// KPIs filter on and the full payload for rebuilds. Never updated once written.
/// </summary>
public sealed class Touchpoint : AggregateRoot, ITenantScoped
{
    private Touchpoint()
    {
    }

    public Guid Id { get; private set; }
    public string TenantId { get; private set; } = "";

    /// <summary>The customer as known when the row was written; a ticket event without one joins the timeline through its ticket link.</summary>
    public Guid? CustomerId { get; private set; }

    public string Kind { get; private set; } = "";
    public string Source { get; private set; } = "";

    /// <summary>What makes a second copy a duplicate within the tenant and source: the external id, or the platform event's id.</summary>
    public string DedupeKey { get; private set; } = "";

    public string? ExternalId { get; private set; }
    public Guid? MessageId { get; private set; }
    public Guid? TicketId { get; private set; }
    public DateTimeOffset OccurredAt { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public string Summary { get; private set; } = "";
    public Dictionary<string, string> Attributes { get; private set; } = [];

    /// <summary>The event or request as received (JSON), so metrics can be rebuilt from the store alone.</summary>
    public string Payload { get; private set; } = "{}";

    public override string EventStreamKey => (CustomerId ?? Id).ToString();

    public static Touchpoint Record(Guid id, string tenantId, TouchpointDraft draft, Guid? customerId, DateTimeOffset now)
    {
        var touchpoint = new Touchpoint
        {
            Id = id,
            TenantId = tenantId,
            CustomerId = customerId,
            Kind = draft.Kind,
            Source = draft.Source,
            DedupeKey = draft.DedupeKey,
            ExternalId = draft.ExternalId,
            MessageId = draft.MessageId,
            TicketId = draft.TicketId,
            OccurredAt = draft.OccurredAt,
            RecordedAt = now,
            Summary = draft.Summary,
            Attributes = new Dictionary<string, string>(draft.Attributes),
            Payload = draft.Payload,
        };
        if (draft.IsExternal)
        {
            // Only external touchpoints are news to the platform; platform events already travelled on the bus.
            touchpoint.Raise(new TouchpointRecorded(tenantId, Guid.CreateVersion7(now), touchpoint.OccurredAt, touchpoint.Id, customerId,
                touchpoint.Kind, touchpoint.Source, touchpoint.ExternalId, touchpoint.Attributes));
        }
        return touchpoint;
    }

    /// <summary>This touchpoint moved its customer's health score below the threshold: the event leaves with the touchpoint's transaction.</summary>
    public void RaiseCustomerAtRisk(CustomerAtRisk atRisk) => Raise(atRisk);
}
