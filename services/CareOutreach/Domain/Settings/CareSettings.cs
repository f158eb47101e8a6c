using CxPlatform.ServiceDefaults.BusinessTime;
using CxPlatform.ServiceDefaults.Domain;
using CxPlatform.ServiceDefaults.Tenancy;

namespace CxPlatform.Care.Domain.Settings;

/// <summary>
/// A tenant's care team setup: the language templates fall back to, the care team's business hours (the calendar that
/// business-minute due times count in) and the teams outreach tasks can belong to. Created with defaults when a tenant
/// first uses playbooks.
/// </summary>
public sealed class CareSettings : ITenantScoped
{
    public const string DefaultTeam = "care";
    public const string DefaultLanguageTag = "en";
    public const string DefaultTimeZone = "UTC";
    public const int MaxWebhookUrlLength = 2000;
    public const int MaxWebhookSecretLength = 200;

    private CareSettings()
    {
    }

    public string TenantId { get; private set; } = "";
    public string DefaultLanguage { get; private set; } = DefaultLanguageTag;

    /// <summary>An IANA id, e.g. "Europe/Zurich".</summary>
    public string TimeZone { get; private set; } = DefaultTimeZone;

    public List<WorkingInterval> WorkingHours { get; private set; } = [];
    public List<DateOnly> Holidays { get; private set; } = [];
    public List<string> Teams { get; private set; } = [];
    public int MaxContactsPerDay { get; private set; } = ContactCaps.DefaultPerDay;
    public int MaxContactsPerWeek { get; private set; } = ContactCaps.DefaultPerWeek;
    public string? MessageWebhookUrl { get; private set; }
    public string? MessageWebhookSecret { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>PostgreSQL's xmin: the optimistic concurrency token behind ETags.</summary>
    public uint Version { get; private set; }

    /// <summary>English, UTC, Monday to Friday 09:00–17:00, one team "care".</summary>
    public static CareSettings Default(string tenantId, DateTimeOffset now)
    {
        var settings = new CareSettings { TenantId = tenantId };
        var weekdays = new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday };
        settings.Redefine(new CareSettingsDefinition(
            DefaultLanguageTag, DefaultTimeZone,
            [.. weekdays.Select(day => new WorkingInterval(day, TimeSpan.FromHours(9), TimeSpan.FromHours(17)))], [], [DefaultTeam]), now);
        return settings;
    }

    /// <summary>Replaces the settings; every team a playbook or care goal names (<paramref name="teamsInUse"/>) must stay.</summary>
    public void Redefine(CareSettingsDefinition definition, IEnumerable<string> teamsInUse, DateTimeOffset now)
    {
        var missing = teamsInUse.Except(definition.Teams, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            throw new DomainRuleViolationException(
                "care_settings.team_in_use", $"Playbooks or care goals still name {string.Join(", ", missing)}; change them first.");
        }
        Redefine(definition, now);
    }

    private void Redefine(CareSettingsDefinition definition, DateTimeOffset now)
    {
        DefaultLanguage = definition.DefaultLanguage;
        TimeZone = definition.TimeZone;
        WorkingHours = [.. definition.WorkingHours.OrderBy(interval => interval.Day).ThenBy(interval => interval.Start)];
        Holidays = [.. definition.Holidays.Distinct().Order()];
        Teams = [.. definition.Teams.Distinct(StringComparer.Ordinal)];
        (MaxContactsPerDay, MaxContactsPerWeek) = definition.ContactCaps ?? ContactCaps.Default;
        (MessageWebhookUrl, MessageWebhookSecret) = (definition.MessageWebhook?.Url, definition.MessageWebhook?.Secret);
        UpdatedAt = now;
    }

    public bool HasTeam(string team) => Teams.Contains(team, StringComparer.Ordinal);

    public ContactCaps ContactCaps => new(MaxContactsPerDay, MaxContactsPerWeek);

    public MessageWebhook? MessageWebhook =>
        MessageWebhookUrl is { } url && MessageWebhookSecret is { } secret ? new MessageWebhook(url, secret) : null;

    public BusinessCalendar ToBusinessCalendar() => new(TimeZones.Find(TimeZone), WorkingHours, Holidays);
}
