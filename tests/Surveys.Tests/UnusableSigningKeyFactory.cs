using CxPlatform.Testing;

namespace CxPlatform.Surveys.Tests;

/// <summary>Surveys without a usable invitation signing key: it must refuse to start rather than sign links with nothing.</summary>
public sealed class UnusableSigningKeyFactory : SurveysApiFactory
{
    public UnusableSigningKeyFactory(PlatformContainers containers) : base(containers) =>
        WithSetting("Surveys:InvitationSigningKey", Convert.ToBase64String(new byte[16]));
}
