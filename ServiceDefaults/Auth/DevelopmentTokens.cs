using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CxPlatform.ServiceDefaults.Auth;

/// <summary>Mints tokens signed with the development key: used by the AppHost's token page and by tests.</summary>
public static class DevelopmentTokens
{
    public static string NewSigningKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static string Create(
        string signingKey,
        string tenant,
        IEnumerable<string> roles,
        string subject = "dev-user",
        TimeSpan? lifetime = null,
        TimeProvider? time = null)
    {
        var now = (time ?? TimeProvider.System).GetUtcNow().UtcDateTime;
        var claims = new List<Claim> { new(CxClaimTypes.Subject, subject), new(CxClaimTypes.Tenant, tenant) };
        claims.AddRange(roles.Select(role => new Claim(CxClaimTypes.Role, role)));

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = CxAuthOptions.DevelopmentIssuer,
            Audience = CxAuthOptions.DefaultAudience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + (lifetime ?? TimeSpan.FromHours(8)),
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Convert.FromBase64String(signingKey)), SecurityAlgorithms.HmacSha256),
        });
    }
}
