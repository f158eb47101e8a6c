using CxPlatform.AppHost.Hosting.Model;

namespace CxPlatform.AppHost.Hosting;

/// <summary>A local SMTP server for development and the port it listens on (see <see cref="MailServerBuilderExtensions"/>).</summary>
public sealed record DevelopmentMailServer(IResourceBuilder<ExecutableResource> Resource, int Port);
