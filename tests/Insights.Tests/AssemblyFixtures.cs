using CxPlatform.Testing;

[assembly: AssemblyFixture(typeof(PlatformContainers))]
