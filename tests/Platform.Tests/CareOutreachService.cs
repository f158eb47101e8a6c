extern alias care;

using CxPlatform.ServiceDefaults;
using CxPlatform.Testing;

namespace CxPlatform.Platform.Tests;

/// <summary>The real CareOutreach on real ports, on its own database and virtual host of the shared containers.</summary>
public sealed class CareOutreachService(PlatformContainers containers)
    : RealPortsServiceFactory<care::Program>(containers, ResourceNames.CareOutreachDb, ResourceNames.CareOutreach);
