using CxPlatform.Care.Customers;
using CxPlatform.Care.Domain;
using CxPlatform.Care.Domain.Settings;
using CxPlatform.Care.Domain.Outreach;
using CxPlatform.Care.Domain.Playbooks;
using CxPlatform.Care.Goals;
using CxPlatform.Care.Infrastructure;
using CxPlatform.Care.Outreach;
using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Care.Playbooks;

/// <summary>
/// Runs a triggering event through the tenant's enabled playbooks and adds a task for each that applies; an event of the
/// customer's own (<see cref="PlaybookTriggers.CustomerActivity"/>) also records them active. Called by the consumers inside
/// their inbox transaction, so it only changes the context; the inbox saves and commits. An automated message due at once is
/// sent (or deferred, or suppressed) right here, its delivery committing with the inbox row. The time-trigger sweep plans
/// through <see cref="AddOutreachAsync"/> too, so both paths plan, link goals and apply the contact budget alike.
/// </summary>
public sealed partial class OutreachPlanner(
    CareDbContext db,
    CustomerDirectory directory,
    PlaybookInstaller installer,
    FirstPurchases purchases,
    OutreachScheduleSignal signal,
    CareGoalLinks goals,
    CareGoalDeadlineSignal goalSignal,
    AutomatedMessageSender sender,
    CustomerActivityRecorder activity,
    ITenantContext tenant,
    TimeProvider time,
    ILogger<OutreachPlanner> logger)
{
    public async Task PlanAsync(PlaybookEvent triggering, CancellationToken cancellationToken)
    {
        if (triggering.CustomerId is not { } customerId)
        {
            LogNoCustomer(triggering.Trigger, triggering.EventId);
            return;
        }
        // A merged-away id lands on the surviving profile.
        var customer = await directory.FindAsync(customerId, cancellationToken);
        if (customer is null)
        {
            LogUnknownCustomer(triggering.Trigger, triggering.EventId, customerId);
            return;
        }
        var now = time.GetUtcNow();
        if (PlaybookTriggers.CustomerActivity.Contains(triggering.Trigger))
        {
            // An event stamped in the future counts as activity now: the customer cannot be active later than we know.
            await activity.RecordAsync(customer.Id, triggering.OccurredAt < now ? triggering.OccurredAt : now, cancellationToken);
        }
        var setup = await installer.EnsureInstalledAsync(cancellationToken);
        if (triggering.Facts.TouchpointKind == TouchpointKinds.OrderPlaced)
        {
            var first = await purchases.RecordAsync(customer, triggering.EventId, triggering.OccurredAt, cancellationToken);
            triggering = triggering with { Facts = triggering.Facts with { IsFirstPurchase = first } };
        }

        var playbooks = setup.InstalledNow.Count > 0
            ? setup.InstalledNow
            : await db.Playbooks.AsNoTracking().Where(p => p.Enabled && p.Trigger == triggering.Trigger)
                .OrderBy(p => p.CreatedAt).ToListAsync(cancellationToken);
        var goalByPlaybook = await goals.ByPlaybookAsync(setup.InstalledNow, cancellationToken);
        var alreadyPlanned = await db.OutreachTasks
            .Where(t => t.TriggerEventId == triggering.EventId).Select(t => t.PlaybookId).ToListAsync(cancellationToken);
        foreach (var playbook in playbooks.Where(p => p.AppliesTo(triggering, customer) && !alreadyPlanned.Contains(p.Id)))
        {
            await AddOutreachAsync(playbook, triggering, customer, setup.Settings, goalByPlaybook.TryGetValue(playbook.Id, out var goalId) ? goalId : null, now, cancellationToken);
        }
    }

    /// <summary>
    /// Adds the task <paramref name="playbook"/> plans for <paramref name="triggering"/> (the caller checked it applies and is
    /// not planned yet); sends an automated message due at once through the contact budget; wakes the schedulers.
    /// </summary>
    public async Task<OutreachTask> AddOutreachAsync(
        Playbook playbook, PlaybookEvent triggering, Customer customer, CareSettings settings, Guid? careGoalId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var draft = playbook.Plan(triggering, customer, settings, now) with { CareGoalId = careGoalId };
        var task = OutreachTask.Schedule(tenant.RequiredTenantId, draft, now);
        db.OutreachTasks.Add(task);
        if (task.CareGoalId is not null)
        {
            goalSignal.Notify(task.DueAt);
        }
        if (task is { IsAutomated: true, Status: OutreachStatuses.Due })
        {
            await sender.SendAsync(task, customer, now, cancellationToken);
        }
        if (task.Status == OutreachStatuses.Scheduled)
        {
            signal.Notify(task.ScheduledFor);
        }
        LogPlanned(playbook.Name, task.Id, customer.Id, task.DueAt);
        return task;
    }

    [LoggerMessage(LogLevel.Information, "{Trigger} {EventId} names no customer; no outreach planned")]
    private partial void LogNoCustomer(string trigger, Guid eventId);

    [LoggerMessage(LogLevel.Warning, "{Trigger} {EventId} names customer {CustomerId}, whom this tenant does not have; no outreach planned")]
    private partial void LogUnknownCustomer(string trigger, Guid eventId, Guid customerId);

    [LoggerMessage(LogLevel.Information, "Playbook '{Playbook}' planned outreach {OutreachId} for customer {CustomerId}, due {DueAt}")]
    private partial void LogPlanned(string playbook, Guid outreachId, Guid customerId, DateTimeOffset dueAt);
}
