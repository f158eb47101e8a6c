using CxPlatform.ServiceDefaults.Tenancy;

namespace CxPlatform.ServiceDefaults.Tests.Sample;

public sealed record NoteServices(SampleDbContext Db, ITenantContext Tenant, RequestGate Gate, TimeProvider Time);
