using CxPlatform.ServiceDefaults.Messaging;
using CxPlatform.ServiceDefaults.Tenancy;
using CxPlatform.Surveys.Domain;
using CxPlatform.Surveys.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CxPlatform.Surveys.Distribution;

/// <summary>
/// Issues one tenant's planned invitations whose instant has come, a batch per transaction, claimed with
/// <c>FOR UPDATE SKIP LOCKED</c> so replicas share the work. A transaction-scoped advisory lock per customer serialises the
/// throttle check with the issue, so two replicas cannot both invite one customer.
/// </summary>
internal sealed partial class InvitationIssuer(
    SurveysDbContext db,
    ContactChecks checks,
    InvitationSender sender,
    ITenantContext tenant,
    IOptions<DistributionOptions> options,
    ILogger<InvitationIssuer> logger)
{
    /// <returns>How many planned invitations the batch claimed; fewer than the batch size means none are left.</returns>
    public async Task<int> IssueBatchAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var batch = await db.PlannedInvitations
            .FromSql(
                $"""
                SELECT * FROM planned_invitations
                WHERE "Status" = {PlannedInvitationStatuses.Planned} AND "ScheduledFor" <= {now}
                ORDER BY "ScheduledFor"
                LIMIT {options.Value.BatchSize}
                FOR UPDATE SKIP LOCKED
                """)
            .ToListAsync(cancellationToken);
        var settings = await db.Settings.SingleOrDefaultAsync(cancellationToken) ?? SurveySettings.DefaultFor(tenant.RequiredTenantId);
        foreach (var planned in batch)
        {
            await db.Database.ExecuteSqlAsync(
                $"SELECT pg_advisory_xact_lock(hashtextextended({planned.TenantId + "/" + planned.CustomerId}, 0))", cancellationToken);
            await DecideAsync(planned, settings, now, cancellationToken);
            // Saved one by one inside the transaction, so the next one's throttle check sees this one's invitation.
            await db.SaveChangesAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return batch.Count;
    }

    private async Task DecideAsync(PlannedInvitation planned, SurveySettings settings, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var verdict = await checks.EvaluateAsync(planned, settings, now, cancellationToken);
        if (verdict.Kind != ContactVerdictKind.Unavailable)
        {
            planned.ContactChecksAnswered();
        }
        switch (verdict.Kind)
        {
            case ContactVerdictKind.Allowed:
                // Find: a batch issuing several invitations of one survey loads it once.
                var survey = await db.Surveys.FindAsync([planned.SurveyId], cancellationToken)
                    ?? throw new InvalidOperationException($"Planned invitation {planned.Id} names survey {planned.SurveyId}, which does not exist.");
                var invitation = Invitation.Issue(planned.TenantId, survey, planned, now);
                db.Invitations.Add(invitation);
                planned.Issued(invitation, now);
                LogIssued(planned.Id, invitation.Id, planned.CustomerId);
                // Sent in the same transaction: the delivery, "sent" and SurveyInvitationSent commit with the issue.
                if (await sender.SendAsync(invitation, verdict, settings, reminder: false, now, cancellationToken) is { } notSent)
                {
                    invitation.NotSent(notSent);
                }
                break;
            case ContactVerdictKind.Skip:
                planned.Skip(verdict.Rule!, now);
                LogSkipped(planned.Id, planned.CustomerId, verdict.Rule!);
                break;
            case ContactVerdictKind.Defer:
                planned.Defer(verdict.Rule!, verdict.Until!.Value, now);
                LogDeferred(planned.Id, verdict.Rule!, planned.ScheduledFor);
                break;
            case ContactVerdictKind.Unavailable:
                var attempt = planned.CountUnavailable();
                if (attempt >= options.Value.UnavailableMaxAttempts)
                {
                    planned.Skip(verdict.Rule!, now);
                    LogSkipped(planned.Id, planned.CustomerId, verdict.Rule!);
                    break;
                }
                var backoff = ExponentialBackoff.ForAttempt(attempt, options.Value.UnavailableFirstBackoff, options.Value.UnavailableMaxBackoff);
                planned.Defer(verdict.Rule!, now + backoff, now);
                LogDeferred(planned.Id, verdict.Rule!, planned.ScheduledFor);
                break;
        }
    }

    [LoggerMessage(LogLevel.Information, "Planned invitation {PlannedId} issued as invitation {InvitationId} to customer {CustomerId}")]
    private partial void LogIssued(Guid plannedId, Guid invitationId, Guid customerId);

    [LoggerMessage(LogLevel.Information, "Planned invitation {PlannedId} to customer {CustomerId} skipped: {Rule}")]
    private partial void LogSkipped(Guid plannedId, Guid customerId, string rule);

    [LoggerMessage(LogLevel.Information, "Planned invitation {PlannedId} deferred by {Rule} until {ScheduledFor}")]
    private partial void LogDeferred(Guid plannedId, string rule, DateTimeOffset scheduledFor);
}
