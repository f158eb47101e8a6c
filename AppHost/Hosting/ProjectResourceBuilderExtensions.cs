using CxPlatform.AppHost.Hosting.Model;

namespace CxPlatform.AppHost.Hosting;

public static class ProjectResourceBuilderExtensions
{
    /// <summary>A .NET service, built once and run as a child process; <paramref name="projectPath"/> is relative to the AppHost project.</summary>
    public static IResourceBuilder<ProjectResource> AddProject(this DistributedApplicationBuilder builder, string name, string projectPath)
    {
        var fullPath = Path.GetFullPath(projectPath, builder.AppHostDirectory);
        if (!File.Exists(fullPath))
        {
            throw new FileNotFoundException($"Project '{name}': {fullPath} does not exist.", fullPath);
        }
        return builder.AddResource(new ProjectResource(name, fullPath, LoopbackPort.Next(), LoopbackPort.Next()));
    }
}
