using CxPlatform.ServiceDefaults;
using CxPlatform.ServiceDefaults.Grpc;
using CxPlatform.Testing;

namespace CxPlatform.Care.Tests;

/// <summary>CareOutreach with Insights addressed at a port nothing listens on: a real unreachable endpoint.</summary>
public sealed class UnreachableInsightsFactory : CareOutreachApiFactory
{
    public UnreachableInsightsFactory(PlatformContainers containers) : base(containers) =>
        WithSetting($"services:{ResourceNames.Insights}:{ServiceEndpointConfiguration.GrpcEndpointName}:0", $"http://127.0.0.1:{FreePort.Next()}");
}
