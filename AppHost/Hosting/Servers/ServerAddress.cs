using CxPlatform.AppHost.Hosting.State;

namespace CxPlatform.AppHost.Hosting.Servers;

/// <summary>How services reach a started server, and the endpoints a person can open.</summary>
internal sealed record ServerAddress(string ConnectionString, IReadOnlyList<ResourceEndpoint> Endpoints);
