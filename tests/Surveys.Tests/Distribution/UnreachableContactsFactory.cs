using CxPlatform.Testing;

namespace CxPlatform.Surveys.Tests.Distribution;

/// <summary>Ticketing and CareOutreach addressed at a port nothing listens on: a real unreachable endpoint.</summary>
public sealed class UnreachableContactsFactory(PlatformContainers containers)
    : DistributionFactory(containers, $"http://127.0.0.1:{FreePort.Next()}");
