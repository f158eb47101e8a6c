using CxPlatform.Care.Domain.Settings;

namespace CxPlatform.Care.Apis;

public sealed record CareSettingsResponse(
    string DefaultLanguage,
    string TimeZone,
    IReadOnlyList<WorkingHoursBody> WorkingHours,
    IReadOnlyList<DateOnly> Holidays,
    IReadOnlyList<string> Teams,
    DateTimeOffset UpdatedAt,
    int MaxContactsPerDay,
    int MaxContactsPerWeek,
    string? MessageWebhookUrl)
{
    public static CareSettingsResponse From(CareSettings settings) => new(
        settings.DefaultLanguage, settings.TimeZone, [.. settings.WorkingHours.Select(WorkingHoursBody.From)], settings.Holidays,
        settings.Teams, settings.UpdatedAt, settings.MaxContactsPerDay, settings.MaxContactsPerWeek, settings.MessageWebhookUrl);
}
