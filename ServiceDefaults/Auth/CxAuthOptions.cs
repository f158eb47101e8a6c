namespace CxPlatform.ServiceDefaults.Auth;

/// <summary>
/// Production points <see cref="Authority"/> at an OIDC provider; development and tests use a shared <see cref="SigningKey"/>
/// (the AppHost generates one) with the fixed development issuer.
/// </summary>
public sealed class CxAuthOptions
{
    public const string SectionName = "Auth";
    public const string DevelopmentIssuer = "cxplatform-dev";
    public const string DefaultAudience = "cxplatform";

    public string? Authority { get; set; }
    public string Audience { get; set; } = DefaultAudience;
    public string Issuer { get; set; } = DevelopmentIssuer;

    /// <summary>Base64 HMAC-SHA256 key, at least 32 bytes.</summary>
    public string? SigningKey { get; set; }
    public bool RequireHttpsMetadata { get; set; } = true;
}
