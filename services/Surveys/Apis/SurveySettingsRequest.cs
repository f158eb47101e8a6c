using System.ComponentModel.DataAnnotations;
using System.Net.Mail;
using CxPlatform.Surveys.Domain;

namespace CxPlatform.Surveys.Apis;

/// <summary>The whole survey settings document (PUT replaces it).</summary>
public sealed record SurveySettingsRequest(
    [Required, Range(0, SurveySettings.MaxDays)] int? ThrottleDays,
    [Required, Range(0, SurveySettings.MaxDays)] int? ApologyQuietDays,
    SurveyMessageWebhookBody? MessageWebhook = null,
    [MaxLength(SurveySettings.MaxEmailLength)] string? EmailReplyTo = null) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (EmailReplyTo is not null
            && !(MailAddress.TryCreate(EmailReplyTo, out var address) && address.Address == EmailReplyTo && address.DisplayName.Length == 0))
        {
            yield return new ValidationResult("A bare e-mail address, e.g. feedback@acme.example.", [nameof(EmailReplyTo)]);
        }
    }
}
