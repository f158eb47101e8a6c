using CxPlatform.Care.Domain;
using CxPlatform.Care.Domain.Outreach;
using CxPlatform.Care.Infrastructure;
using CxPlatform.Contracts;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Care.Outreach;

/// <summary>
/// Loads what <see cref="ContactPolicyRules"/> needs besides the profile (the tenant's caps, the customer's recent contacts)
/// and asks it: the same answer for <c>GetContactPolicy</c> and for CareOutreach's own automated messages.
/// </summary>
public sealed class ContactPolicyService(CareDbContext db)
{
    /// <summary>The outcomes that mean the customer was actually contacted.</summary>
    public static readonly IReadOnlyList<string> ContactOutcomes = [OutreachOutcomes.Reached, OutreachOutcomes.MessageSent];

    public async Task<ContactDecision> DecideAsync(
        Customer customer, string channel, string purpose, DateTimeOffset now, CancellationToken cancellationToken) =>
        ContactPolicyRules.Decide(customer, channel, purpose, await BudgetAsync(customer.Id, now, cancellationToken), now);

    public async Task<ContactBudget> BudgetAsync(Guid customerId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = await db.CareSettings.AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        var since = now - ContactCaps.Week;
        var saved = await db.OutreachTasks.AsNoTracking()
            .Where(t => t.CustomerId == customerId && t.Status == OutreachStatuses.Done && ContactOutcomes.Contains(t.Outcome!)
                && t.CompletedAt > since)
            .Select(t => new { t.Id, CompletedAt = t.CompletedAt!.Value })
            .ToListAsync(cancellationToken);
        // Messages sent earlier in this unit of work (two playbooks on one event) count before they are saved.
        var unsaved = db.OutreachTasks.Local
            .Where(t => t.CustomerId == customerId && t.Status == OutreachStatuses.Done && ContactOutcomes.Contains(t.Outcome!)
                && t.CompletedAt > since && saved.All(s => s.Id != t.Id))
            .Select(t => t.CompletedAt!.Value);
        return new ContactBudget(settings?.ContactCaps ?? ContactCaps.Default, [.. saved.Select(s => s.CompletedAt), .. unsaved]);
    }
}
