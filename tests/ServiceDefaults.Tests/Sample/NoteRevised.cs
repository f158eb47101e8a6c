using CxPlatform.Contracts;

namespace CxPlatform.ServiceDefaults.Tests.Sample;

public sealed record NoteRevised(string TenantId, Guid EventId, DateTimeOffset OccurredAt, Guid NoteId, int Revision) : IIntegrationEvent;
