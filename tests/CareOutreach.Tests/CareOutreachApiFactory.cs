using CxPlatform.ServiceDefaults;
using CxPlatform.Testing;

namespace CxPlatform.Care.Tests;

/// <summary>CareOutreach in-process on its own database and virtual host; one per test class.</summary>
public class CareOutreachApiFactory(PlatformContainers containers) : ServiceFactory<Program>(containers, ResourceNames.CareOutreachDb);
