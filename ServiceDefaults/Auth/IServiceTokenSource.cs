namespace CxPlatform.ServiceDefaults.Auth;

/// <summary>Bearer tokens this service presents to another CxPlatform service: role <c>service</c>, acting for one tenant.</summary>
public interface IServiceTokenSource
{
    ValueTask<string> GetTokenAsync(string tenant, CancellationToken cancellationToken);
}
