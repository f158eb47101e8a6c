using CxPlatform.ServiceDefaults.Tenancy;
using CxPlatform.Ticketing.Infrastructure;
using Microsoft.Extensions.Validation;

namespace CxPlatform.Ticketing.Apis.Sla;

/// <summary>The dependencies of the SLA admin endpoints; services, not input, so never validated.</summary>
#pragma warning disable ASP0029 // experimental, but the supported way to keep the validator out of DbContext graphs
[SkipValidation]
#pragma warning restore ASP0029
public sealed record SlaServices(TicketingDbContext Db, ITenantContext Tenant, TimeProvider Time);
