using System.Net.Http.Headers;
using CxPlatform.ServiceDefaults.Auth;

namespace CxPlatform.Testing;

/// <summary>Tokens signed with a key generated for this test run, as the AppHost does for development.</summary>
public static class TestTokens
{
    public static string SigningKey { get; } = DevelopmentTokens.NewSigningKey();

    public static string For(string tenant, params string[] roles) => DevelopmentTokens.Create(SigningKey, tenant, roles, subject: $"{tenant}-user");

    public static AuthenticationHeaderValue Bearer(string tenant, params string[] roles) => new("Bearer", For(tenant, roles));
}
