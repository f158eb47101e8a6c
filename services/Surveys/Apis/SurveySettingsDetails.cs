using CxPlatform.Surveys.Domain;

namespace CxPlatform.Surveys.Apis;

/// <summary>The tenant's survey contact and delivery settings (the webhook's secret is not shown).</summary>
public sealed record SurveySettingsDetails(int ThrottleDays, int ApologyQuietDays, string? MessageWebhookUrl, string? EmailReplyTo, DateTimeOffset? UpdatedAt)
{
    public static SurveySettingsDetails From(SurveySettings settings) =>
        new(settings.ThrottleDays, settings.ApologyQuietDays, settings.MessageWebhookUrl, settings.EmailReplyTo, settings.UpdatedAt);
}
