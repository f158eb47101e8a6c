using CxPlatform.ServiceDefaults.BusinessTime;

namespace CxPlatform.Care.Domain.Settings;

/// <summary>Validated care settings as an admin defines them.</summary>
public sealed record CareSettingsDefinition(
    string DefaultLanguage,
    string TimeZone,
    IReadOnlyList<WorkingInterval> WorkingHours,
    IReadOnlyList<DateOnly> Holidays,
    IReadOnlyList<string> Teams);
