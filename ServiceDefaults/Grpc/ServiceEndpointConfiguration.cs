using Microsoft.Extensions.Configuration;

namespace CxPlatform.ServiceDefaults.Grpc;

public static class ServiceEndpointConfiguration
{
    /// <summary>True when service discovery has an address for <paramref name="resourceName"/> (<c>services__{resource}__{endpoint}__0</c>).</summary>
    public static bool HasServiceEndpoint(this IConfiguration configuration, string resourceName) =>
        configuration.GetSection($"services:{resourceName}").GetChildren().Any();
}
