using CxPlatform.ServiceDefaults.Tenancy;
using CxPlatform.Surveys.Domain;
using CxPlatform.Surveys.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CxPlatform.Surveys.Distribution;

/// <summary>
/// Runs one tenant's due <c>schedule</c> rules (periodic relationship NPS), claimed with <c>FOR UPDATE SKIP LOCKED</c> so replicas
/// share them: plans an invitation for every customer seen within the rule's look-back, with a trigger id per (rule, period,
/// customer) so the unique index keeps each period to one run whatever happens, and moves the rule to its next period in the
/// same transaction. The issuer then runs every planned invitation through the contact rules.
/// </summary>
internal sealed partial class ScheduledRuns(SurveysDbContext db, ITenantContext tenant, IOptions<DistributionOptions> options, ILogger<ScheduledRuns> logger)
{
    /// <returns>How many rules the batch claimed; fewer than the batch size means none are left.</returns>
    public async Task<int> RunBatchAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var rules = await db.DistributionRules
            .FromSql(
                $"""
                SELECT * FROM distribution_rules
                WHERE "NextRunAt" <= {now} AND "Trigger" = {DistributionTriggers.Schedule} AND "Enabled"
                ORDER BY "NextRunAt"
                LIMIT {options.Value.BatchSize}
                FOR UPDATE SKIP LOCKED
                """)
            .ToListAsync(cancellationToken);
        foreach (var rule in rules)
        {
            var period = rule.NextRunAt!.Value;
            var planned = 0;
            if (await db.Surveys.AnyAsync(s => s.Id == rule.SurveyId && s.PublishedVersion > 0, cancellationToken))
            {
                var seenSince = period.AddDays(-rule.Schedule!.LookBackDays);
                var customers = await db.KnownCustomers.AsNoTracking()
                    .Where(c => c.LastSeenAt > seenSince && c.LastSeenAt <= period)
                    .Select(c => c.CustomerId).ToListAsync(cancellationToken);
                var ids = customers.Select(c => DistributionSchedule.RunEventId(rule.Id, period, c)).ToList();
                var already = await db.PlannedInvitations.Where(p => p.RuleId == rule.Id && ids.Contains(p.TriggerEventId))
                    .Select(p => p.CustomerId).ToListAsync(cancellationToken);
                foreach (var customerId in customers.Except(already))
                {
                    db.PlannedInvitations.Add(PlannedInvitation.ForRun(tenant.RequiredTenantId, rule, period, customerId, now));
                    planned++;
                }
            }
            rule.Ran(now);
            LogRan(rule.Id, period, planned, rule.NextRunAt!.Value);
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return rules.Count;
    }

    [LoggerMessage(LogLevel.Information, "Schedule rule {RuleId} ran for {Period}: {Planned} invitations planned; next run {NextRunAt}")]
    private partial void LogRan(Guid ruleId, DateTimeOffset period, int planned, DateTimeOffset nextRunAt);
}
