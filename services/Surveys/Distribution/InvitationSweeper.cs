using CxPlatform.Surveys.Domain;
using CxPlatform.Surveys.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CxPlatform.Surveys.Distribution;

/// <summary>One tenant's due reminders and expiries, a batch per transaction, claimed with <c>FOR UPDATE SKIP LOCKED</c>.</summary>
internal sealed class InvitationSweeper(SurveysDbContext db, IOptions<DistributionOptions> options)
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
                WHERE ("ReminderDueAt" <= {now})
                   OR ("Status" IN ({InvitationStatuses.Created}, {InvitationStatuses.Sent}, {InvitationStatuses.Opened}) AND "ExpiresAt" <= {now})
                LIMIT {options.Value.BatchSize}
                FOR UPDATE SKIP LOCKED
                """)
            .ToListAsync(cancellationToken);
        foreach (var invitation in invitations)
        {
            if (invitation.ReminderDueAt <= now)
            {
                invitation.Remind(now);
            }
            invitation.ExpireIfDue(now);
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return invitations.Count;
    }
}
