using System.ComponentModel.DataAnnotations;
using CxPlatform.Care.Domain.Settings;
using CxPlatform.Delivery;

namespace CxPlatform.Care.Apis;

/// <summary>The tenant's receiver of automated messages on channels other than e-mail; the secret is never read back.</summary>
public sealed record MessageWebhookBody(
    [Required, MaxLength(CareSettings.MaxWebhookUrlLength)] string Url,
    [Required, MinLength(MessageWebhookBody.MinSecretLength), MaxLength(CareSettings.MaxWebhookSecretLength)] string Secret) : IValidatableObject
{
    public const int MinSecretLength = 16;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Url is not null && !WebhookMessage.IsValidUrl(Url))
        {
            yield return new ValidationResult("An absolute http or https URL without credentials.", [nameof(Url)]);
        }
    }

    public MessageWebhook ToWebhook() => new(Url, Secret);
}
