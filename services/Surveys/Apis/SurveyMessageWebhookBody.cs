using System.ComponentModel.DataAnnotations;
using CxPlatform.Delivery;
using CxPlatform.Surveys.Domain;

namespace CxPlatform.Surveys.Apis;

/// <summary>The tenant's receiver of invitations on SMS, WhatsApp and social DM (it sends them); the secret is never read back.</summary>
public sealed record SurveyMessageWebhookBody(
    [Required, MaxLength(SurveySettings.MaxWebhookUrlLength)] string Url,
    [Required, MinLength(WebhookMessage.MinimumSecretLength), MaxLength(SurveySettings.MaxWebhookSecretLength)] string Secret) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Url is not null && !WebhookMessage.IsValidUrl(Url))
        {
            yield return new ValidationResult("An absolute http or https URL without credentials.", [nameof(Url)]);
        }
    }
}
