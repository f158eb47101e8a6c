namespace CxPlatform.Surveys.Distribution;

/// <summary>
/// What the tenant's message webhook receives for an invitation on SMS, WhatsApp or social DM: whom to send which text on which
/// channel (the receiver sends it), JSON in camelCase, signed (see docs/delivery.md). <c>deliveryId</c> repeats on retries.
/// </summary>
public sealed record InvitationWebhookBody(
    string Type,
    Guid DeliveryId,
    Guid InvitationId,
    Guid SurveyId,
    Guid CustomerId,
    string Channel,
    string Address,
    string Language,
    string Subject,
    string Text,
    string Link,
    DateTimeOffset ExpiresAt)
{
    public const string InvitationType = "survey_invitation";
    public const string ReminderType = "survey_invitation_reminder";
}
