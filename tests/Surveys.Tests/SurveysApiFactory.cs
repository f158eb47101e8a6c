using CxPlatform.ServiceDefaults;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Testing;

namespace CxPlatform.Surveys.Tests;

/// <summary>Surveys in-process on its own database and virtual host, with an invitation signing key of this test run; one per test class.</summary>
public class SurveysApiFactory : ServiceFactory<Program>
{
    public static string InvitationSigningKey { get; } = DevelopmentTokens.NewSigningKey();

    public SurveysApiFactory(PlatformContainers containers) : base(containers, ResourceNames.SurveysDb) =>
        WithSetting("Surveys:InvitationSigningKey", InvitationSigningKey);

    /// <summary>A client without a token, as a respondent's browser.</summary>
    public HttpClient CreateRespondent() => CreateClient();

    public static string NewTenant(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..24];
}
