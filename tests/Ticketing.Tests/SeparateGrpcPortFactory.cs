using CxPlatform.Testing;

namespace CxPlatform.Ticketing.Tests;

/// <summary>Ticketing on real Kestrel with the endpoints docs/platform.md prescribes: REST on "http", gRPC on an HTTP/2-only "grpc" port.</summary>
public sealed class SeparateGrpcPortFactory : TicketingApiFactory
{
    public SeparateGrpcPortFactory(PlatformContainers containers) : base(containers)
    {
        WithSetting("Kestrel:Endpoints:http:Url", HttpAddress);
        WithSetting("Kestrel:Endpoints:grpc:Url", GrpcAddress);
        WithSetting("Kestrel:Endpoints:grpc:Protocols", "Http2");
        UseKestrel();
    }

    public string HttpAddress { get; } = $"http://127.0.0.1:{FreePort.Next()}";
    public string GrpcAddress { get; } = $"http://127.0.0.1:{FreePort.Next()}";
}
