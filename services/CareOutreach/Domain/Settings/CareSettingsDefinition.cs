using CxPlatform.ServiceDefaults.BusinessTime;

namespace CxPlatform.Care.Domain.Settings;

/// <summary>Validated care settings as an admin defines them; no caps means the default caps, no webhook means none.</summary>
public sealed record CareSettingsDefinition(
    string DefaultLanguage,
    string TimeZone,
    IReadOnlyList<WorkingInterval> WorkingHours,
    IReadOnlyList<DateOnly> Holidays,
    IReadOnlyList<string> Teams,
    ContactCaps? ContactCaps = null,
    MessageWebhook? MessageWebhook = null);
