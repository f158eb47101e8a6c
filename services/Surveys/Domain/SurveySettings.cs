using CxPlatform.ServiceDefaults.Tenancy;

namespace CxPlatform.Surveys.Domain;

/// <summary>
/// A tenant's contact-rule and delivery settings (<c>GET/PUT api/v1/survey-settings</c>); a tenant without a row uses
/// <see cref="DefaultFor"/>.
/// </summary>
public sealed class SurveySettings : ITenantScoped
{
    public const int DefaultThrottleDays = 30;
    public const int DefaultApologyQuietDays = 7;
    public const int MaxDays = 365;
    public const int MaxWebhookUrlLength = 2000;
    public const int MaxWebhookSecretLength = 200;
    public const int MaxEmailLength = 254;

    private SurveySettings()
    {
    }

    public string TenantId { get; private set; } = "";

    /// <summary>At most one invitation per customer (any survey) within this many days; 0 turns the throttle off.</summary>
    public int ThrottleDays { get; private set; }

    /// <summary>No invitation within this many days after an apology to the customer; 0 turns the rule off.</summary>
    public int ApologyQuietDays { get; private set; }

    /// <summary>Where invitations on channels other than e-mail (SMS, WhatsApp, social DM) go, signed with the secret.</summary>
    public string? MessageWebhookUrl { get; private set; }

    /// <summary>Never read back by the API.</summary>
    public string? MessageWebhookSecret { get; private set; }

    /// <summary>The Reply-To of invitation e-mails; the From is the platform's (<c>Delivery:Smtp:FromAddress</c>).</summary>
    public string? EmailReplyTo { get; private set; }

    public DateTimeOffset? UpdatedAt { get; private set; }

    /// <summary>PostgreSQL's xmin: the ETag.</summary>
    public uint Version { get; private set; }

    public bool HasMessageWebhook => MessageWebhookUrl is not null && MessageWebhookSecret is not null;

    public static SurveySettings DefaultFor(string tenantId) =>
        new() { TenantId = tenantId, ThrottleDays = DefaultThrottleDays, ApologyQuietDays = DefaultApologyQuietDays };

    public void Change(int throttleDays, int apologyQuietDays) => (ThrottleDays, ApologyQuietDays) = (throttleDays, apologyQuietDays);

    /// <summary>Replaces the settings, already validated by the API; a webhook without a new secret keeps the stored one.</summary>
    public void Redefine(int throttleDays, int apologyQuietDays, string? webhookUrl, string? webhookSecret, string? emailReplyTo, DateTimeOffset now)
    {
        (ThrottleDays, ApologyQuietDays, EmailReplyTo, UpdatedAt) = (throttleDays, apologyQuietDays, emailReplyTo, now);
        if (webhookUrl is null)
        {
            (MessageWebhookUrl, MessageWebhookSecret) = (null, null);
            return;
        }
        MessageWebhookSecret = webhookSecret ?? MessageWebhookSecret
            ?? throw new InvalidOperationException("A new message webhook needs its secret.");
        MessageWebhookUrl = webhookUrl;
    }
}
