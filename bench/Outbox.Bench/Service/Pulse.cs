using CxPlatform.ServiceDefaults.Domain;
using CxPlatform.ServiceDefaults.Tenancy;

namespace CxPlatform.Bench.Outbox.Service;

/// <summary>The smallest aggregate that raises an event: one row, one outbox message, its own stream.</summary>
public sealed class Pulse : AggregateRoot, ITenantScoped
{
    private Pulse()
    {
    }

    public Guid Id { get; private set; }
    public string TenantId { get; private set; } = "";
    public string Run { get; private set; } = "";

    public override string EventStreamKey => Id.ToString();

    public static Pulse Record(string tenantId, string run, DateTimeOffset now, long savedAtTimestamp)
    {
        var pulse = new Pulse { Id = Guid.NewGuid(), TenantId = tenantId, Run = run };
        pulse.Raise(new PulseRecorded(tenantId, Guid.NewGuid(), now, pulse.Id, run, savedAtTimestamp));
        return pulse;
    }
}
