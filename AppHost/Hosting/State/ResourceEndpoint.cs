namespace CxPlatform.AppHost.Hosting.State;

/// <summary>An address a person or another resource reaches the resource on, e.g. <c>http</c> → <c>http://127.0.0.1:5123</c>.</summary>
public sealed record ResourceEndpoint(string Name, string Url);
