using CxPlatform.ServiceDefaults.Tenancy;

namespace CxPlatform.Surveys.Domain;

/// <summary>A published, immutable version of a survey's definition; invitations and responses name the version they use.</summary>
public sealed class SurveyVersion : ITenantScoped
{
    private SurveyVersion()
    {
    }

    internal SurveyVersion(string tenantId, Guid surveyId, int number, SurveyDefinition definition, DateTimeOffset publishedAt)
    {
        TenantId = tenantId;
        SurveyId = surveyId;
        Number = number;
        Definition = definition;
        PublishedAt = publishedAt;
    }

    public string TenantId { get; private set; } = "";
    public Guid SurveyId { get; private set; }
    public int Number { get; private set; }
    public SurveyDefinition Definition { get; private set; } = null!;
    public DateTimeOffset PublishedAt { get; private set; }
}
