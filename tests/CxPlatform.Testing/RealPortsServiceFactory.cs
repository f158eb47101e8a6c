using System.Net;
using CxPlatform.ServiceDefaults.Grpc;
using CxPlatform.ServiceDefaults.Health;

namespace CxPlatform.Testing;

/// <summary>
/// A service on real loopback ports with the endpoints the AppHost gives every project: REST on <c>http</c> (HTTP/1.1) and
/// gRPC on the HTTP/2-only <c>grpc</c> endpoint. The ports are reserved when the factory is made, so other services can be
/// pointed at it (<see cref="WithServiceReference{TOther}"/>) before it starts, or while it is not running at all.
/// </summary>
public class RealPortsServiceFactory<TProgram> : ServiceFactory<TProgram>
    where TProgram : class
{
    public RealPortsServiceFactory(PlatformContainers containers, string databaseName, string serviceName)
        : base(containers, databaseName)
    {
        ServiceName = serviceName;
        WithSetting("Kestrel:Endpoints:http:Url", HttpAddress);
        WithSetting($"Kestrel:Endpoints:{ServiceEndpointConfiguration.GrpcEndpointName}:Url", GrpcAddress);
        WithSetting($"Kestrel:Endpoints:{ServiceEndpointConfiguration.GrpcEndpointName}:Protocols", "Http2");
        WithSetting("OTEL_SERVICE_NAME", serviceName);
        UseKestrel();
    }

    /// <summary>The service's resource name (<c>ResourceNames</c>), as other services address it.</summary>
    public string ServiceName { get; }

    public string HttpAddress { get; } = $"http://127.0.0.1:{FreePort.Next()}";
    public string GrpcAddress { get; } = $"http://127.0.0.1:{FreePort.Next()}";

    /// <summary>Tells this service where another one listens, as the AppHost does: <c>services:{name}:http:0</c> and <c>services:{name}:grpc:0</c>.</summary>
    public RealPortsServiceFactory<TProgram> WithServiceReference<TOther>(RealPortsServiceFactory<TOther> other)
        where TOther : class
    {
        WithSetting($"services:{other.ServiceName}:http:0", other.HttpAddress);
        WithSetting($"services:{other.ServiceName}:{ServiceEndpointConfiguration.GrpcEndpointName}:0", other.GrpcAddress);
        return this;
    }

    /// <summary>Starts Kestrel and waits until the service is ready (its database and broker answer), as the AppHost waits.</summary>
    public async Task StartAsync()
    {
        StartServer();
        using var client = new HttpClient { BaseAddress = new Uri(HttpAddress) };
        var ready = await Eventually.ReturnsAsync(
            async () => (await client.GetAsync(HealthExtensions.ReadyPath)).StatusCode,
            status => status == HttpStatusCode.OK,
            TimeSpan.FromSeconds(60));
        if (ready != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{ServiceName} did not become ready at {HttpAddress}: {ready}.");
        }
    }

    /// <summary>A REST client over a real socket to the <c>http</c> endpoint (HTTP/1.1), with a development token.</summary>
    public HttpClient CreateRestClient(string tenant, params string[] roles)
    {
        var client = new HttpClient { BaseAddress = new Uri(HttpAddress), DefaultRequestVersion = HttpVersion.Version11 };
        client.DefaultRequestHeaders.Authorization = TestTokens.Bearer(tenant, roles);
        return client;
    }
}
