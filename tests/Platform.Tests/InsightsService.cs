extern alias insights;

using CxPlatform.ServiceDefaults;
using CxPlatform.Testing;

namespace CxPlatform.Platform.Tests;

/// <summary>The real Insights on real ports, on its own database and virtual host of the shared containers.</summary>
public sealed class InsightsService(PlatformContainers containers)
    : RealPortsServiceFactory<insights::Program>(containers, ResourceNames.InsightsDb, ResourceNames.Insights);
