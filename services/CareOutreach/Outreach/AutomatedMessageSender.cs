using CxPlatform.Care.Domain;
using CxPlatform.Care.Domain.Outreach;
using CxPlatform.Care.Domain.Settings;
using CxPlatform.Care.Infrastructure;
using CxPlatform.Contracts;
using CxPlatform.Delivery;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Care.Outreach;

/// <summary>
/// Sends an automated message that has become due, if the contact budget allows it now: enqueues its delivery and marks it
/// sent; defers it (quiet hours, caps) or suppresses it (no consent, opted out, no address, no webhook) with a record of the
/// rule. Only changes the context: the caller saves, so the delivery commits with the task or not at all.
/// </summary>
public sealed partial class AutomatedMessageSender(
    CareDbContext db,
    ContactPolicyService policy,
    DeliveryQueue deliveries,
    ILogger<AutomatedMessageSender> logger)
{
    /// <summary>Automated outreach is customer care: it needs care consent and obeys quiet hours and caps.</summary>
    public const string Purpose = ContactPurposes.Care;

    private const int MaxSubjectLength = 100;

    public async Task SendAsync(OutreachTask task, Customer customer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await ContactBudgetLock.AcquireAsync(db, customer.Id, cancellationToken);
        var decision = await policy.DecideAsync(customer, task.Channel, Purpose, now, cancellationToken);
        if (!decision.Allowed)
        {
            var rule = ContactRules.Of(decision.Denial);
            if (ContactRules.IsTemporary(decision.Denial) && decision.NextAllowedAt is { } until)
            {
                Defer(task, customer, rule, until, now);
            }
            else
            {
                Suppress(task, customer, rule, now);
            }
            return;
        }

        var address = decision.ContactPoint!.Value;
        if (task.Channel == ContactChannels.Email)
        {
            await deliveries.EnqueueAsync(task.Id, new EmailMessage(address, Subject(task.Text), task.Text)
            {
                ToName = customer.DisplayName,
            }, cancellationToken);
        }
        else if ((await db.CareSettings.AsNoTracking().FirstOrDefaultAsync(cancellationToken))?.MessageWebhook is { } webhook)
        {
            await deliveries.EnqueueAsync(task.Id, Webhook(task, customer, address, webhook), cancellationToken);
        }
        else
        {
            Suppress(task, customer, ContactRules.NoWebhook, now);
            return;
        }
        task.RecordSent(now);
        LogSent(task.Id, customer.Id, task.Channel);
    }

    private void Defer(OutreachTask task, Customer customer, string rule, DateTimeOffset until, DateTimeOffset now)
    {
        task.Defer(until, now);
        db.ContactDecisions.Add(ContactDecisionRecord.For(task, customer.Id, Purpose, rule, until, now));
        LogDeferred(task.Id, customer.Id, rule, until);
    }

    private void Suppress(OutreachTask task, Customer customer, string rule, DateTimeOffset now)
    {
        task.Skip(rule, null, now);
        db.ContactDecisions.Add(ContactDecisionRecord.For(task, customer.Id, Purpose, rule, null, now));
        LogSuppressed(task.Id, customer.Id, rule);
    }

    private static WebhookMessage Webhook(OutreachTask task, Customer customer, string address, MessageWebhook webhook) => new()
    {
        Url = webhook.Url,
        Secret = webhook.Secret,
        Body = new AutomatedMessage(task.Id, customer.Id, task.Channel, address, task.Language, task.Kind, task.Text),
    };

    /// <summary>
    /// The message's first line, else its first sentence, else its start cut at a word: a subject is one short line, and the
    /// templates open with the greeting or the point.
    /// </summary>
    private static string Subject(string text)
    {
        var firstLine = text.Split('\n', 2)[0].Trim();
        if (firstLine.Length <= MaxSubjectLength)
        {
            return firstLine;
        }
        var sentenceEnd = firstLine.IndexOfAny(['.', '!', '?']);
        if (sentenceEnd > 0 && sentenceEnd < MaxSubjectLength)
        {
            return firstLine[..(sentenceEnd + 1)];
        }
        var cut = firstLine[..MaxSubjectLength];
        var lastSpace = cut.LastIndexOf(' ');
        return (lastSpace > 0 ? cut[..lastSpace] : cut).TrimEnd() + "…";
    }

    [LoggerMessage(LogLevel.Information, "Automated outreach {OutreachId} to customer {CustomerId} handed to delivery on {Channel}")]
    private partial void LogSent(Guid outreachId, Guid customerId, string channel);

    [LoggerMessage(LogLevel.Information, "Automated outreach {OutreachId} to customer {CustomerId} deferred by {Rule} until {DeferredUntil}")]
    private partial void LogDeferred(Guid outreachId, Guid customerId, string rule, DateTimeOffset deferredUntil);

    [LoggerMessage(LogLevel.Information, "Automated outreach {OutreachId} to customer {CustomerId} suppressed by {Rule}")]
    private partial void LogSuppressed(Guid outreachId, Guid customerId, string rule);
}
