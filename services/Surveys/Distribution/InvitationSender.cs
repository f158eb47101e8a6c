using CxPlatform.Contracts;
using CxPlatform.Delivery;
using CxPlatform.Surveys.Domain;
using CxPlatform.Surveys.Infrastructure;
using CxPlatform.Surveys.Invitations;

namespace CxPlatform.Surveys.Distribution;

/// <summary>
/// Hands an invitation's message, or its reminder, to the delivery queue (<c>services/Delivery</c>) on the channel the contact
/// policy allowed: an e-mail to the contact point, or a signed webhook to the tenant's message webhook for SMS, WhatsApp or social
/// DM. Only changes the context: the caller saves, so the delivery, the status <c>sent</c> and <see cref="SurveyInvitationSent"/>
/// commit together or not at all. Delivery ids: the invitation's id for the invitation, a new one for the reminder.
/// </summary>
public sealed partial class InvitationSender(SurveysDbContext db, DeliveryQueue deliveries, InvitationLinks links, ILogger<InvitationSender> logger)
{
    /// <returns>Null when sent; else the rule that kept it from being sent (no link configured, no webhook for the channel).</returns>
    public async Task<string?> SendAsync(Invitation invitation, ContactVerdict allowed, SurveySettings settings, bool reminder, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (links.ToSend(invitation) is not { } link)
        {
            LogNoPublicLink(invitation.Id);
            return ContactRules.NoPublicLink;
        }
        var version = await db.SurveyVersions.FindAsync([invitation.SurveyId, invitation.SurveyVersion], cancellationToken)
            ?? throw new InvalidOperationException($"Invitation {invitation.Id} names version {invitation.SurveyVersion} of survey {invitation.SurveyId}, which does not exist.");
        var language = version.Definition.LanguageFor(invitation.Language);
        var subject = InvitationMessages.Subject(version.Definition.Title[language], language, reminder);
        var text = InvitationMessages.Body(link, invitation.ExpiresAt, language, reminder);
        var deliveryId = reminder ? Guid.CreateVersion7(now) : invitation.Id;
        var channel = allowed.Channel!;
        if (channel == ContactChannels.Email)
        {
            await deliveries.EnqueueAsync(deliveryId, new EmailMessage(allowed.Address!, subject, text) { ReplyTo = settings.EmailReplyTo }, cancellationToken);
        }
        else if (settings.HasMessageWebhook)
        {
            await deliveries.EnqueueAsync(deliveryId, new WebhookMessage
            {
                Url = settings.MessageWebhookUrl!,
                Secret = settings.MessageWebhookSecret!,
                Body = new InvitationWebhookBody(
                    reminder ? InvitationWebhookBody.ReminderType : InvitationWebhookBody.InvitationType,
                    deliveryId, invitation.Id, invitation.SurveyId, invitation.CustomerId!.Value, channel, allowed.Address!, language,
                    subject, text, link, invitation.ExpiresAt),
            }, cancellationToken);
        }
        else
        {
            return ContactRules.NoUsableChannel;
        }
        if (reminder)
        {
            invitation.RecordReminded(deliveryId, now);
        }
        else
        {
            invitation.MarkSent(channel, now);
        }
        LogSent(invitation.Id, reminder ? "reminder" : "invitation", channel, deliveryId);
        return null;
    }

    [LoggerMessage(LogLevel.Information, "Invitation {InvitationId}: {What} handed to delivery on {Channel} as delivery {DeliveryId}")]
    private partial void LogSent(Guid invitationId, string what, string channel, Guid deliveryId);

    [LoggerMessage(LogLevel.Warning, "Invitation {InvitationId} cannot be sent: configure Surveys:PublicBaseUrl (Surveys__PublicBaseUrl) for the links")]
    private partial void LogNoPublicLink(Guid invitationId);
}
