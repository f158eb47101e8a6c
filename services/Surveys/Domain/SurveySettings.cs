using CxPlatform.ServiceDefaults.Tenancy;

namespace CxPlatform.Surveys.Domain;

/// <summary>A tenant's contact-rule settings; a tenant without a row uses <see cref="DefaultFor"/>.</summary>
public sealed class SurveySettings : ITenantScoped
{
    public const int DefaultThrottleDays = 30;
    public const int DefaultApologyQuietDays = 7;
    public const int MaxDays = 365;

    private SurveySettings()
    {
    }

    public string TenantId { get; private set; } = "";

    /// <summary>At most one invitation per customer (any survey) within this many days.</summary>
    public int ThrottleDays { get; private set; }

    /// <summary>No invitation within this many days after an apology to the customer.</summary>
    public int ApologyQuietDays { get; private set; }

    public static SurveySettings DefaultFor(string tenantId) =>
        new() { TenantId = tenantId, ThrottleDays = DefaultThrottleDays, ApologyQuietDays = DefaultApologyQuietDays };

    public void Change(int throttleDays, int apologyQuietDays) => (ThrottleDays, ApologyQuietDays) = (throttleDays, apologyQuietDays);
}
