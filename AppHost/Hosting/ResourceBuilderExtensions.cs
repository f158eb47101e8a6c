using CxPlatform.AppHost.Hosting.Model;

namespace CxPlatform.AppHost.Hosting;

public static class ResourceBuilderExtensions
{
    /// <summary>Gives the project <c>ConnectionStrings__{name}</c> of the resource.</summary>
    public static IResourceBuilder<ProjectResource> WithReference(
        this IResourceBuilder<ProjectResource> builder, IResourceBuilder<IResourceWithConnectionString> source)
    {
        builder.Resource.AddReference(source.Resource);
        return builder;
    }

    /// <summary>Sets an environment variable of the project, as Aspire's <c>WithEnvironment</c> does.</summary>
    public static IResourceBuilder<ProjectResource> WithEnvironment(this IResourceBuilder<ProjectResource> builder, string name, string value)
    {
        builder.Resource.SetEnvironment(name, value);
        return builder;
    }

    /// <summary>Starts the resource only once <paramref name="dependency"/> is running and healthy.</summary>
    public static IResourceBuilder<T> WaitFor<T>(this IResourceBuilder<T> builder, IResourceBuilder<IResource> dependency)
        where T : Resource
    {
        builder.Resource.AddWaitFor(dependency.Resource);
        return builder;
    }
}
