using Microsoft.Extensions.Configuration;

namespace CxPlatform.ServiceDefaults.Grpc;

public static class ServiceEndpointConfiguration
{
    /// <summary>The endpoint every platform service serves gRPC on: an HTTP/2-only port of its own (docs/platform.md, "gRPC").</summary>
    public const string GrpcEndpointName = "grpc";

    /// <summary>True when service discovery has an address for the resource's gRPC endpoint (<c>services__{resource}__grpc__0</c>).</summary>
    public static bool HasGrpcEndpoint(this IConfiguration configuration, string resourceName) =>
        configuration.GetSection($"services:{resourceName}:{GrpcEndpointName}").GetChildren().Any();
}
