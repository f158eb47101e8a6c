namespace CxPlatform.Surveys.Invitations;

public sealed class SurveysOptions
{
    public const string SectionName = "Surveys";

    /// <summary>Base64 HMAC-SHA256 key (at least 32 bytes) that signs invitation links; the AppHost generates one per run.</summary>
    public string? InvitationSigningKey { get; set; }

    /// <summary>Where respondents reach the public endpoint, e.g. https://feedback.example.com; by default the request's own address.</summary>
    public string? PublicBaseUrl { get; set; }

    public TimeSpan DefaultInvitationLifetime { get; set; } = TimeSpan.FromDays(14);
    public TimeSpan MaxInvitationLifetime { get; set; } = TimeSpan.FromDays(180);
}
