using System.Collections.Concurrent;
using CxPlatform.ServiceDefaults.Tenancy;

namespace CxPlatform.ServiceDefaults.Auth;

/// <summary>Mints service tokens with the development signing key, one per tenant, reused until shortly before they expire.</summary>
internal sealed class DevelopmentServiceTokenSource(string signingKey, string serviceName) : IServiceTokenSource
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan RenewBeforeExpiry = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, (string Token, DateTimeOffset RenewAt)> _tokens = new(StringComparer.Ordinal);

    public string Subject { get; } = $"service:{serviceName}";

    public ValueTask<string> GetTokenAsync(string tenant, CancellationToken cancellationToken)
    {
        if (!TenantContext.IsValidTenantId(tenant))
        {
            throw new ArgumentException($"'{tenant}' is not a valid tenant id.", nameof(tenant));
        }

        // The real clock, not the injected TimeProvider: the callee checks the token's lifetime against its own real clock.
        var now = TimeProvider.System.GetUtcNow();
        if (_tokens.TryGetValue(tenant, out var cached) && now < cached.RenewAt)
        {
            return ValueTask.FromResult(cached.Token);
        }

        var token = DevelopmentTokens.Create(signingKey, tenant, [CxRoles.Service], Subject, Lifetime, TimeProvider.System);
        _tokens[tenant] = (token, now + Lifetime - RenewBeforeExpiry);
        return ValueTask.FromResult(token);
    }
}
