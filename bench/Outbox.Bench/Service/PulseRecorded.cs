using CxPlatform.Contracts;

namespace CxPlatform.Bench.Outbox.Service;

/// <summary>
/// The benchmark's event. <see cref="SavedAtTimestamp"/> is a <see cref="System.Diagnostics.Stopwatch"/> timestamp taken just
/// before the SaveChanges that commits it: publisher and consumer share one process, so one monotonic clock.
/// </summary>
public sealed record PulseRecorded(string TenantId, Guid EventId, DateTimeOffset OccurredAt, Guid PulseId, string Run, long SavedAtTimestamp)
    : IIntegrationEvent;
