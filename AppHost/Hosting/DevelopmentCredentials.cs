using CxPlatform.ServiceDefaults.Auth;

namespace CxPlatform.AppHost.Hosting;

/// <summary>The signing key every service of this run trusts (<c>Auth__SigningKey</c>), and tokens signed with it.</summary>
public sealed class DevelopmentCredentials(TimeProvider time)
{
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromHours(8);

    public string SigningKey { get; } = DevelopmentTokens.NewSigningKey();

    public string CreateToken(string tenant, IEnumerable<string> roles) =>
        DevelopmentTokens.Create(SigningKey, tenant, roles, lifetime: TokenLifetime, time: time);
}
