using CxPlatform.ServiceDefaults.Globalization;
using CxPlatform.ServiceDefaults.Api;
using System.ComponentModel.DataAnnotations;
using CxPlatform.Care.Domain;
using CxPlatform.Care.Domain.Settings;
using CxPlatform.ServiceDefaults.Tenancy;

namespace CxPlatform.Care.Apis;

/// <summary>The whole care settings document (PUT replaces it).</summary>
public sealed record CareSettingsRequest(
    [Required, LanguageTag] string DefaultLanguage,
    [Required, IanaTimeZone] string TimeZone,
    [Required, MinLength(1), MaxLength(CareSettingsRequest.MaxIntervals)] IReadOnlyList<WorkingHoursBody> WorkingHours,
    [Required, MinLength(1), MaxLength(CareSettingsRequest.MaxTeams)] IReadOnlyList<string> Teams,
    [MaxLength(CareSettingsRequest.MaxHolidays)] IReadOnlyList<DateOnly>? Holidays = null,
    [Range(1, ContactCaps.MaxPerDay)] int? MaxContactsPerDay = null,
    [Range(1, ContactCaps.MaxPerWeek)] int? MaxContactsPerWeek = null,
    MessageWebhookBody? MessageWebhook = null) : IValidatableObject
{
    public const int MaxIntervals = 70;
    public const int MaxHolidays = 1000;
    public const int MaxTeams = 50;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        for (var i = 0; i < (Teams?.Count ?? 0); i++)
        {
            if (!TenantContext.IsValidTenantId(Teams![i]))
            {
                yield return new ValidationResult("A team is a slug of lower-case letters, digits and dashes, e.g. care-emea.", [$"{nameof(Teams)}[{i}]"]);
            }
        }
        if ((MaxContactsPerDay ?? ContactCaps.DefaultPerDay) > (MaxContactsPerWeek ?? ContactCaps.DefaultPerWeek))
        {
            yield return new ValidationResult("A week allows at least as many contacts as a day.", [nameof(MaxContactsPerWeek)]);
        }
        var intervals = (WorkingHours ?? []).Where(h => h is { IsWellFormed: true }).Select(h => h.ToInterval()).ToList();
        for (var i = 0; i < intervals.Count; i++)
        {
            if (intervals.Skip(i + 1).Any(intervals[i].Overlaps))
            {
                yield return new ValidationResult($"Two working intervals of {intervals[i].Day} overlap.", [nameof(WorkingHours)]);
            }
        }
    }

    public CareSettingsDefinition ToDefinition() => new(
        LanguageTags.TryNormalize(DefaultLanguage, out var language) ? language : DefaultLanguage,
        TimeZone, [.. WorkingHours.Select(h => h.ToInterval())], Holidays ?? [], Teams,
        new ContactCaps(MaxContactsPerDay ?? ContactCaps.DefaultPerDay, MaxContactsPerWeek ?? ContactCaps.DefaultPerWeek),
        MessageWebhook?.ToWebhook());
}
