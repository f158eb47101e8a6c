using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CxPlatform.ServiceDefaults.Tests;

public sealed class ServiceTokenTests
{
    [Fact]
    public async Task With_the_development_key_a_service_token_names_the_tenant_and_the_service_role_and_is_reused()
    {
        var tokens = TokenSource(new() { ["Auth:SigningKey"] = TestTokens.SigningKey, ["OTEL_SERVICE_NAME"] = "ticketing" });

        var first = await tokens.GetTokenAsync("acme", CancellationToken.None);
        var again = await tokens.GetTokenAsync("acme", CancellationToken.None);
        var other = await tokens.GetTokenAsync("globex", CancellationToken.None);

        var validated = await new JsonWebTokenHandler().ValidateTokenAsync(first, new TokenValidationParameters
        {
            ValidIssuer = CxAuthOptions.DevelopmentIssuer,
            ValidAudience = CxAuthOptions.DefaultAudience,
            IssuerSigningKey = new SymmetricSecurityKey(Convert.FromBase64String(TestTokens.SigningKey)),
        });
        Assert.True(validated.IsValid, validated.Exception?.Message);
        Assert.Equal(("acme", CxRoles.Service, "service:ticketing"),
            (validated.Claims[CxClaimTypes.Tenant], validated.Claims[CxClaimTypes.Role], validated.Claims[CxClaimTypes.Subject]));
        Assert.Equal(first, again);
        Assert.Equal("globex", new JsonWebTokenHandler().ReadJsonWebToken(other).GetClaim(CxClaimTypes.Tenant).Value);
    }

    [Fact]
    public async Task A_service_token_for_a_malformed_tenant_is_refused()
    {
        var tokens = TokenSource(new() { ["Auth:SigningKey"] = TestTokens.SigningKey });

        await Assert.ThrowsAsync<ArgumentException>(async () => await tokens.GetTokenAsync("Not A Tenant", CancellationToken.None));
    }

    [Fact]
    public async Task With_an_OIDC_authority_service_tokens_are_not_supported_yet_and_say_so()
    {
        var tokens = TokenSource(new() { ["Auth:Authority"] = "https://login.example.com", ["Auth:SigningKey"] = TestTokens.SigningKey });

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(async () => await tokens.GetTokenAsync("acme", CancellationToken.None));
        Assert.Contains("not supported yet", refused.Message, StringComparison.Ordinal);
    }

    private static IServiceTokenSource TokenSource(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddServiceTokens();
        return builder.Build().Services.GetRequiredService<IServiceTokenSource>();
    }
}
