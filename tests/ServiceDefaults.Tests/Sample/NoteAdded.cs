using CxPlatform.Contracts;

namespace CxPlatform.ServiceDefaults.Tests.Sample;

/// <summary>The sample service's event: enough to exercise outbox, broker, inbox and tenancy end to end.</summary>
public sealed record NoteAdded(string TenantId, Guid EventId, DateTimeOffset OccurredAt, Guid NoteId, string Text) : IIntegrationEvent;
