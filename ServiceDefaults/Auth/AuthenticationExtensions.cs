using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace CxPlatform.ServiceDefaults.Auth;

public static class AuthenticationExtensions
{
    public static IHostApplicationBuilder AddDefaultAuthentication(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(CxAuthOptions.SectionName).Get<CxAuthOptions>() ?? new CxAuthOptions();

        builder.Services
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(jwt =>
            {
                jwt.MapInboundClaims = false;
                jwt.Audience = options.Audience;
                jwt.TokenValidationParameters.RoleClaimType = CxClaimTypes.Role;
                jwt.TokenValidationParameters.NameClaimType = CxClaimTypes.Subject;
                if (!string.IsNullOrWhiteSpace(options.Authority))
                {
                    jwt.Authority = options.Authority;
                    jwt.RequireHttpsMetadata = options.RequireHttpsMetadata;
                }
                else if (!string.IsNullOrWhiteSpace(options.SigningKey))
                {
                    jwt.TokenValidationParameters.ValidIssuer = options.Issuer;
                    jwt.TokenValidationParameters.IssuerSigningKey = new SymmetricSecurityKey(Convert.FromBase64String(options.SigningKey));
                }
                else
                {
                    throw new InvalidOperationException(
                        $"Configure '{CxAuthOptions.SectionName}:Authority' (OIDC) or '{CxAuthOptions.SectionName}:SigningKey' (development).");
                }
            });

        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(TenantUser().Build())
            .AddPolicy(CxPolicies.Agent, TenantUser().RequireRole(CxRoles.Agent, CxRoles.Admin).Build())
            .AddPolicy(CxPolicies.Care, TenantUser().RequireRole(CxRoles.Care, CxRoles.Admin).Build())
            .AddPolicy(CxPolicies.Analyst, TenantUser().RequireRole(CxRoles.Analyst, CxRoles.Admin).Build())
            .AddPolicy(CxPolicies.Admin, TenantUser().RequireRole(CxRoles.Admin).Build())
            .AddPolicy(CxPolicies.Service, TenantUser().RequireRole(CxRoles.Service).Build())
            .AddPolicy(CxPolicies.ServiceOrAdmin, TenantUser().RequireRole(CxRoles.Service, CxRoles.Admin).Build());
        return builder;
    }

    /// <summary>Every caller acts for exactly one tenant, named by the token.</summary>
    private static AuthorizationPolicyBuilder TenantUser() =>
        new AuthorizationPolicyBuilder(JwtBearerDefaults.AuthenticationScheme)
            .RequireAuthenticatedUser()
            .RequireClaim(CxClaimTypes.Tenant);
}
