using CxPlatform.AppHost.Hosting.Model;

namespace CxPlatform.AppHost.Hosting.Orchestration;

internal sealed class ResourceRunnerFactory(IServiceProvider services)
{
    public IResourceRunner Create(IResource resource) => resource switch
    {
        ServerResource server => ActivatorUtilities.CreateInstance<ServerRunner>(services, server),
        PostgresDatabaseResource database => ActivatorUtilities.CreateInstance<DatabaseRunner>(services, database),
        ExecutableResource executable => ActivatorUtilities.CreateInstance<ExecutableRunner>(services, executable),
        ProjectResource project => ActivatorUtilities.CreateInstance<ProjectRunner>(services, project),
        _ => throw new NotSupportedException($"The AppHost cannot run {resource.Type} resources ('{resource.Name}')."),
    };
}
