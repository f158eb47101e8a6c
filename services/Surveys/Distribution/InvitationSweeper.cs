using CxPlatform.ServiceDefaults.Messaging;
using CxPlatform.ServiceDefaults.Tenancy;
using CxPlatform.Surveys.Domain;
using CxPlatform.Surveys.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CxPlatform.Surveys.Distribution;

/// <summary>
/// One tenant's invitations with something due, a batch per transaction, claimed with <c>FOR UPDATE SKIP LOCKED</c>: the first
/// message of an invitation by API call (after CareOutreach's contact policy), the one reminder (the same policy, if still
/// unanswered), and the expiry.
/// </summary>
internal sealed partial class InvitationSweeper(
    SurveysDbContext db,
    ContactChecks checks,
    InvitationSender sender,
    ITenantContext tenant,
    IOptions<DistributionOptions> options,
    ILogger<InvitationSweeper> logger)
{
    /// <returns>How many invitations the batch claimed; fewer than the batch size means none are left.</returns>
    public async Task<int> SweepBatchAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var invitations = await db.Invitations
            .FromSql(
                $"""
                SELECT *, xmin FROM survey_invitations
                WHERE ("SendDueAt" <= {now})
                   OR ("ReminderDueAt" <= {now})
                   OR ("Status" IN ({InvitationStatuses.Created}, {InvitationStatuses.Sent}, {InvitationStatuses.Opened}) AND "ExpiresAt" <= {now})
                ORDER BY coalesce("SendDueAt", "ReminderDueAt", "ExpiresAt")
                LIMIT {options.Value.BatchSize}
                FOR UPDATE SKIP LOCKED
                """)
            .ToListAsync(cancellationToken);
        var settings = invitations.Any(i => i.SendDueAt <= now || i.ReminderDueAt <= now)
            ? await db.Settings.AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? SurveySettings.DefaultFor(tenant.RequiredTenantId)
            : null;
        foreach (var invitation in invitations)
        {
            invitation.ExpireIfDue(now);
            if (invitation.SendDueAt <= now)
            {
                await SendFirstAsync(invitation, settings!, now, cancellationToken);
            }
            if (invitation.ReminderDueAt <= now)
            {
                await RemindAsync(invitation, settings!, now, cancellationToken);
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return invitations.Count;
    }

    private async Task SendFirstAsync(Invitation invitation, SurveySettings settings, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (invitation.Status != InvitationStatuses.Created || invitation.IsExpiredAt(now))
        {
            // The respondent already has the link (the caller passed it on) or it is too late.
            invitation.NotSent(ContactRules.ReminderNotNeeded);
            return;
        }
        await DeliverAsync(invitation, invitation.CustomerId!.Value, settings, reminder: false, now, cancellationToken);
    }

    private async Task RemindAsync(Invitation invitation, SurveySettings settings, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!invitation.WantsReminderAt(now) || invitation.CustomerId is not { } customerId)
        {
            invitation.SkipReminder(ContactRules.ReminderNotNeeded);
            return;
        }
        await DeliverAsync(invitation, customerId, settings, reminder: true, now, cancellationToken);
    }

    /// <summary>The invitation's first message or its reminder: sent, not sent (with the rule why) or deferred, as the contact policy says.</summary>
    private async Task DeliverAsync(
        Invitation invitation, Guid customerId, SurveySettings settings, bool reminder, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var what = reminder ? "reminder" : "invitation";
        var verdict = await checks.PolicyAsync(customerId, settings, now, cancellationToken);
        var kind = Decide(invitation, verdict, now);
        if (kind is not (ContactVerdictKind.Allowed or ContactVerdictKind.Skip))
        {
            var until = RetryAt(invitation, verdict, now);
            if (reminder)
            {
                invitation.DeferReminder(until);
            }
            else
            {
                invitation.DeferSend(until);
            }
            LogDeferred(invitation.Id, what, verdict.Rule!, until);
            return;
        }
        var notSentRule = kind == ContactVerdictKind.Skip
            ? verdict.Rule!
            : await sender.SendAsync(invitation, verdict, settings, reminder, now, cancellationToken);
        if (notSentRule is null)
        {
            return;
        }
        if (reminder)
        {
            invitation.SkipReminder(notSentRule);
        }
        else
        {
            invitation.NotSent(notSentRule);
        }
        LogNotSent(invitation.Id, what, notSentRule);
    }

    /// <summary>The verdict's kind, with "unavailable" turned into a skip once CareOutreach failed to answer too often in a row.</summary>
    private ContactVerdictKind Decide(Invitation invitation, ContactVerdict verdict, DateTimeOffset now)
    {
        if (verdict.Kind != ContactVerdictKind.Unavailable)
        {
            invitation.ContactPolicyAnswered();
            return verdict.Kind;
        }
        return invitation.CountSendUnavailable() >= options.Value.UnavailableMaxAttempts ? ContactVerdictKind.Skip : ContactVerdictKind.Unavailable;
    }

    private DateTimeOffset RetryAt(Invitation invitation, ContactVerdict verdict, DateTimeOffset now) => verdict.Kind == ContactVerdictKind.Defer
        ? (verdict.Until!.Value > now ? verdict.Until.Value : now)
        : now + ExponentialBackoff.ForAttempt(invitation.SendUnavailableAttempts, options.Value.UnavailableFirstBackoff, options.Value.UnavailableMaxBackoff);

    [LoggerMessage(LogLevel.Information, "Invitation {InvitationId}: {What} not sent: {Rule}")]
    private partial void LogNotSent(Guid invitationId, string what, string rule);

    [LoggerMessage(LogLevel.Information, "Invitation {InvitationId}: {What} deferred by {Rule} until {Until}")]
    private partial void LogDeferred(Guid invitationId, string what, string rule, DateTimeOffset until);
}
