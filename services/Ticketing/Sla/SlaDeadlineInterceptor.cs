using CxPlatform.Ticketing.Domain.Sla;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CxPlatform.Ticketing.Sla;

/// <summary>Every save that schedules an SLA target tells this replica's scheduler, whichever endpoint or consumer made it.</summary>
internal sealed class SlaDeadlineInterceptor(SlaDeadlineSignal signal) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        NotifyScheduled(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        NotifyScheduled(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private void NotifyScheduled(DbContext? context)
    {
        var earliest = context?.ChangeTracker.Entries<SlaTarget>()
            .Where(entry => entry.State is EntityState.Added or EntityState.Modified)
            .Select(entry => entry.Entity)
            .Where(target => target.IsActive && !target.IsBreached && target.DueAt is not null)
            .Min(target => target.DueAt);
        if (earliest is { } dueAt)
        {
            signal.Notify(dueAt);
        }
    }
}
