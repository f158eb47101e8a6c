using CxPlatform.AppHost.Hosting.Model;

namespace CxPlatform.AppHost.Hosting;

public static class ExecutableBuilderExtensions
{
    /// <summary>A program run as a child process, like Aspire's <c>AddExecutable</c>; the working folder is relative to the AppHost's.</summary>
    public static IResourceBuilder<ExecutableResource> AddExecutable(
        this DistributedApplicationBuilder builder, string name, string command, string workingDirectory, params string[] arguments) =>
        builder.AddResource(new ExecutableResource(name, command, Path.GetFullPath(workingDirectory, builder.AppHostDirectory), arguments));

    public static IResourceBuilder<ExecutableResource> WithEnvironment(this IResourceBuilder<ExecutableResource> builder, string name, string value)
    {
        builder.Resource.SetEnvironment(name, value);
        return builder;
    }

}
