using CxPlatform.ServiceDefaults.Tenancy;
using CxPlatform.Surveys.Domain;
using CxPlatform.Surveys.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Surveys.Distribution;

/// <summary>
/// Runs a triggering event through the tenant's enabled rules of published surveys and plans an invitation for each that
/// applies. Called by the consumers inside their inbox transaction, so it only changes the context; the inbox saves and commits.
/// </summary>
public sealed partial class InvitationPlanner(SurveysDbContext db, ITenantContext tenant, TimeProvider time, ILogger<InvitationPlanner> logger)
{
    public async Task PlanAsync(TriggerFacts facts, CancellationToken cancellationToken)
    {
        if (facts.CustomerId is not { } customerId)
        {
            LogNoCustomer(facts.Trigger, facts.EventId);
            return;
        }
        // The audience of schedule rules: inside the inbox's transaction, kept at the latest sighting.
        var seenAt = facts.OccurredAt < time.GetUtcNow() ? facts.OccurredAt : time.GetUtcNow();
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO known_customers ("TenantId", "CustomerId", "LastSeenAt") VALUES ({tenant.RequiredTenantId}, {customerId}, {seenAt})
            ON CONFLICT ("TenantId", "CustomerId") DO UPDATE SET "LastSeenAt" = greatest(known_customers."LastSeenAt", excluded."LastSeenAt")
            """, cancellationToken);
        var rules = await db.DistributionRules.AsNoTracking()
            .Where(r => r.Enabled && r.Trigger == facts.Trigger)
            .Where(r => db.Surveys.Any(s => s.Id == r.SurveyId && s.PublishedVersion > 0))
            .OrderBy(r => r.CreatedAt)
            .ToListAsync(cancellationToken);
        var alreadyPlanned = await db.PlannedInvitations
            .Where(p => p.TriggerEventId == facts.EventId).Select(p => p.RuleId).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        foreach (var rule in rules.Where(r => r.AppliesTo(facts) && !alreadyPlanned.Contains(r.Id)))
        {
            var planned = PlannedInvitation.Plan(tenant.RequiredTenantId, rule, facts, customerId, now);
            db.PlannedInvitations.Add(planned);
            LogPlanned(rule.Id, planned.Id, customerId, planned.ScheduledFor);
        }
    }

    [LoggerMessage(LogLevel.Information, "{Trigger} {EventId} names no customer; no invitation planned")]
    private partial void LogNoCustomer(string trigger, Guid eventId);

    [LoggerMessage(LogLevel.Information, "Distribution rule {RuleId} planned invitation {PlannedId} for customer {CustomerId} at {ScheduledFor}")]
    private partial void LogPlanned(Guid ruleId, Guid plannedId, Guid customerId, DateTimeOffset scheduledFor);
}
