namespace CxPlatform.ServiceDefaults.Auth;

/// <summary>
/// OIDC mode (<c>Auth:Authority</c>): getting a tenant-scoped service token from the identity provider (client credentials
/// plus a tenant, e.g. RFC 8693 token exchange) is not built yet, so service calls fail and callers take their degraded
/// path. See docs/platform.md, "Service-to-service identity".
/// </summary>
internal sealed class UnsupportedServiceTokenSource : IServiceTokenSource
{
    public ValueTask<string> GetTokenAsync(string tenant, CancellationToken cancellationToken) =>
        throw new InvalidOperationException(
            $"Service tokens are only available with a development signing key ('{CxAuthOptions.SectionName}:SigningKey'); " +
            $"tokens from an OIDC authority ('{CxAuthOptions.SectionName}:Authority') are not supported yet.");
}
