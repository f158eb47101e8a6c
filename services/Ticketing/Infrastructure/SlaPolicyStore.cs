using CxPlatform.ServiceDefaults.BusinessTime;
using CxPlatform.Ticketing.Domain.Sla;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Ticketing.Infrastructure;

/// <summary>Loads the current tenant's SLA policies and calendars once per scope, for the ticket changes and views that need them.</summary>
public sealed class SlaPolicyStore(TicketingDbContext context)
{
    private SlaPolicySet? _loaded;

    public async Task<SlaPolicySet> LoadAsync(CancellationToken cancellationToken)
    {
        if (_loaded is null)
        {
            var policies = await context.SlaPolicies.AsNoTracking().ToListAsync(cancellationToken);
            var calendars = await context.SlaCalendars.AsNoTracking().ToListAsync(cancellationToken);
            _loaded = new SlaPolicySet(policies, calendars.ToDictionary(c => c.Id, c => c.ToBusinessCalendar()));
        }
        return _loaded;
    }
}
