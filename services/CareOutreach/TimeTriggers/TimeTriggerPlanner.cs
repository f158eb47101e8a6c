using CxPlatform.Care.Domain;
using CxPlatform.Care.Domain.Playbooks;
using CxPlatform.Care.Goals;
using CxPlatform.Care.Infrastructure;
using CxPlatform.Care.Playbooks;
using CxPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CxPlatform.Care.TimeTriggers;

/// <summary>
/// One tenant's sweep: for each enabled inactivity playbook, the customers quiet for its N days who have had no task from it
/// since; for each enabled date playbook, the customers whose date comes round today in their own time zone. Each goes
/// through <see cref="OutreachPlanner.AddOutreachAsync"/> like an event would, named by a deterministic trigger id.
/// </summary>
/// <remarks>
/// Batches of customers (keyset on customer id), each in its own transaction under a transaction-scoped advisory lock on the
/// tenant: a second sweeper (another replica, or the same one again) waits, then sees the first one's tasks and plans none
/// again. The unique index on (tenant, playbook, trigger event) stands behind that.
/// </remarks>
internal sealed partial class TimeTriggerPlanner(
    CareDbContext db,
    OutreachPlanner planner,
    CareGoalLinks goals,
    ITenantContext tenant,
    IOptions<TimeTriggerOptions> options,
    ILogger<TimeTriggerPlanner> logger)
{
    /// <returns>How many tasks the sweep planned.</returns>
    public async Task<int> SweepAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var playbooks = await db.Playbooks.AsNoTracking()
            .Where(p => p.Enabled && PlaybookTriggers.Time.Contains(p.Trigger))
            .OrderBy(p => p.CreatedAt).ThenBy(p => p.Id)
            .Select(p => p.Id)
            .ToListAsync(cancellationToken);
        var planned = 0;
        foreach (var playbookId in playbooks)
        {
            Guid? after = Guid.Empty;
            while (after is { } cursor)
            {
                (var count, after) = await SweepBatchAsync(playbookId, cursor, now, cancellationToken);
                planned += count;
            }
        }
        return planned;
    }

    private async Task<(int Planned, Guid? Next)> SweepBatchAsync(Guid playbookId, Guid after, DateTimeOffset now, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var tenantId = tenant.RequiredTenantId;
        var lockKey = $"careoutreach/time-triggers/{tenantId}";
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({lockKey}, 0))", cancellationToken);

        // Read under the lock: an admin may have disabled or redefined the playbook since the sweep began.
        var playbook = await db.Playbooks.AsNoTracking().SingleOrDefaultAsync(p => p.Id == playbookId, cancellationToken);
        if (playbook is not { Enabled: true, IsTimeTriggered: true })
        {
            return (0, null);
        }
        var settings = await db.CareSettings.AsNoTracking().SingleAsync(cancellationToken);
        var batchSize = options.Value.BatchSize;
        var candidates = playbook.Trigger == PlaybookTriggers.Inactivity
            ? await InactiveCustomersAsync(playbook, after, now, batchSize, cancellationToken)
            : await CustomersWithDateAroundTodayAsync(playbook, after, now, batchSize, cancellationToken);
        if (candidates.Count == 0)
        {
            return (0, null);
        }

        var ids = candidates.Select(c => c.CustomerId).ToList();
        var customers = await db.Customers.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var tenantZone = TimeZones.Find(settings.TimeZone);
        var occasions = new List<(Customer Customer, PlaybookEvent Triggering)>();
        foreach (var candidate in candidates)
        {
            if (!customers.TryGetValue(candidate.CustomerId, out var customer) || customer.IsMerged)
            {
                continue;
            }
            var zone = TimeZones.TryFind(customer.TimeZone, out var customerZone) ? customerZone : tenantZone;
            var triggering = Occasion(playbook, customer, candidate.Origin, zone, now);
            if (triggering is not null && playbook.AppliesTo(triggering, customer))
            {
                occasions.Add((customer, triggering));
            }
        }
        var eventIds = occasions.Select(o => (Guid?)o.Triggering.EventId).ToList();
        var alreadyPlanned = (await db.OutreachTasks
                .Where(t => t.PlaybookId == playbook.Id && eventIds.Contains(t.TriggerEventId))
                .Select(t => t.TriggerEventId!.Value)
                .ToListAsync(cancellationToken))
            .ToHashSet();
        var goalByPlaybook = await goals.ByPlaybookAsync([], cancellationToken);
        var goalId = goalByPlaybook.TryGetValue(playbook.Id, out var linked) ? linked : (Guid?)null;
        var planned = 0;
        foreach (var (customer, triggering) in occasions.Where(o => !alreadyPlanned.Contains(o.Triggering.EventId)))
        {
            await planner.AddOutreachAsync(playbook, triggering, customer, settings, goalId, now, cancellationToken);
            planned++;
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (planned > 0)
        {
            LogSwept(playbook.Name, planned);
        }
        return (planned, candidates.Count == batchSize ? candidates[^1].CustomerId : null);
    }

    /// <summary>The occasion for one candidate, or null when the exact rule (in the customer's zone) says it is not today.</summary>
    private PlaybookEvent? Occasion(Playbook playbook, Customer customer, DateTimeOffset origin, TimeZoneInfo zone, DateTimeOffset now)
    {
        var tenantId = tenant.RequiredTenantId;
        if (playbook.Trigger == PlaybookTriggers.Inactivity)
        {
            return TimeTriggerRules.IsInactive(origin, now, playbook.InactiveDays ?? TimeTriggerRules.MaxInactiveDays)
                ? PlaybookEvents.Inactivity(tenantId, playbook, customer.Id, origin, zone, now)
                : null;
        }
        var today = TimeTriggerRules.LocalDate(now, zone);
        var originDate = TimeTriggerRules.LocalDate(origin, zone);
        return TimeTriggerRules.AnniversaryYears(originDate, today) is { } years
            ? PlaybookEvents.Anniversary(tenantId, playbook, customer.Id, originDate, today, years, now)
            : null;
    }

    /// <summary>
    /// Live customers last active at least N days ago with no task from this playbook since that activity (so once per quiet
    /// spell: new activity starts a new one).
    /// </summary>
    private Task<List<TimeTriggerCandidate>> InactiveCustomersAsync(Playbook playbook, Guid after, DateTimeOffset now, int batchSize, CancellationToken cancellationToken)
    {
        var tenantId = tenant.RequiredTenantId;
        var threshold = now - TimeSpan.FromDays(playbook.InactiveDays ?? TimeTriggerRules.MaxInactiveDays);
        return db.Database.SqlQuery<TimeTriggerCandidate>(
            $"""
            SELECT a."CustomerId", a."LastActiveAt" AS "Origin"
            FROM customer_activity a
            JOIN customers c ON c."Id" = a."CustomerId" AND c."TenantId" = a."TenantId"
            WHERE a."TenantId" = {tenantId} AND a."CustomerId" > {after} AND a."LastActiveAt" <= {threshold}
              AND c."MergedIntoId" IS NULL
              AND NOT EXISTS (
                SELECT 1 FROM outreach_tasks t
                WHERE t."TenantId" = a."TenantId" AND t."CustomerId" = a."CustomerId"
                  AND t."PlaybookId" = {playbook.Id} AND t."CreatedAt" >= a."LastActiveAt")
            ORDER BY a."CustomerId"
            LIMIT {batchSize}
            """).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Live customers whose date falls, by its UTC month and day, within two days of today's: a coarse filter the database can
    /// apply (a local date is never more than a day from the UTC one); the exact check in the customer's zone follows in code.
    /// </summary>
    private Task<List<TimeTriggerCandidate>> CustomersWithDateAroundTodayAsync(Playbook playbook, Guid after, DateTimeOffset now, int batchSize, CancellationToken cancellationToken)
    {
        var tenantId = tenant.RequiredTenantId;
        var monthDays = MonthDaysAround(DateOnly.FromDateTime(now.UtcDateTime));
        return playbook.DateKind == PlaybookDateKinds.FirstPurchase
            ? db.Database.SqlQuery<TimeTriggerCandidate>(
                $"""
                SELECT c."Id" AS "CustomerId", p."FirstOrderedAt" AS "Origin"
                FROM customers c
                JOIN customer_purchases p ON p."TenantId" = c."TenantId" AND p."CustomerId" = c."Id"
                WHERE c."TenantId" = {tenantId} AND c."Id" > {after} AND c."MergedIntoId" IS NULL
                  AND to_char(p."FirstOrderedAt" AT TIME ZONE 'UTC', 'MM-DD') = ANY({monthDays})
                ORDER BY c."Id"
                LIMIT {batchSize}
                """).ToListAsync(cancellationToken)
            : db.Database.SqlQuery<TimeTriggerCandidate>(
                $"""
                SELECT c."Id" AS "CustomerId", c."CreatedAt" AS "Origin"
                FROM customers c
                WHERE c."TenantId" = {tenantId} AND c."Id" > {after} AND c."MergedIntoId" IS NULL
                  AND to_char(c."CreatedAt" AT TIME ZONE 'UTC', 'MM-DD') = ANY({monthDays})
                ORDER BY c."Id"
                LIMIT {batchSize}
                """).ToListAsync(cancellationToken);
    }

    /// <summary>"MM-DD" of the days within two of <paramref name="utcToday"/>, with 29 February whenever 28 February or 1 March is among them.</summary>
    internal static string[] MonthDaysAround(DateOnly utcToday)
    {
        var days = Enumerable.Range(-2, 5).Select(offset => utcToday.AddDays(offset)).ToList();
        var monthDays = days.Select(d => d.ToString("MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ToHashSet(StringComparer.Ordinal);
        if (days.Any(d => d is { Month: 2, Day: 28 } or { Month: 3, Day: 1 }))
        {
            monthDays.Add("02-29");
        }
        return [.. monthDays.Order(StringComparer.Ordinal)];
    }

    [LoggerMessage(LogLevel.Information, "Time-triggered playbook '{Playbook}' planned {Count} outreach tasks")]
    private partial void LogSwept(string playbook, int count);
}

/// <summary>A customer the sweep looks at, with the instant its rule counts from (last activity, or the date's origin).</summary>
internal sealed class TimeTriggerCandidate
{
    public Guid CustomerId { get; set; }
    public DateTimeOffset Origin { get; set; }
}
