using CxPlatform.AppHost.Hosting.Model;

namespace CxPlatform.AppHost.Hosting;

/// <summary>The resources of the run and how they depend on each other.</summary>
public sealed class DistributedApplicationModel
{
    public DistributedApplicationModel(
        IReadOnlyList<IResource> resources, long startTimestamp, IReadOnlyList<Func<AllResourcesHealthyContext, CancellationToken, Task>>? whenAllHealthy = null)
    {
        Resources = resources;
        StartTimestamp = startTimestamp;
        WhenAllHealthy = whenAllHealthy ?? [];
        StopOrder = [.. resources.GroupBy(Depth).OrderByDescending(level => level.Key).Select(level => (IReadOnlyList<IResource>)[.. level])];
    }

    public IReadOnlyList<IResource> Resources { get; }

    public IResource? Find(string name) => Resources.FirstOrDefault(resource => resource.Name == name);

    public IEnumerable<ProjectResource> Projects => Resources.OfType<ProjectResource>();

    /// <summary>Callbacks run once, the first time every resource is healthy.</summary>
    public IReadOnlyList<Func<AllResourcesHealthyContext, CancellationToken, Task>> WhenAllHealthy { get; }

    /// <summary>When the AppHost started (<see cref="TimeProvider.GetTimestamp"/>), for the cold-start time.</summary>
    public long StartTimestamp { get; }

    /// <summary>Dependents before their dependencies; the resources of one group can stop together.</summary>
    public IReadOnlyList<IReadOnlyList<IResource>> StopOrder { get; }

    public static IEnumerable<IResource> DependenciesOf(IResource resource) => resource switch
    {
        ProjectResource project => project.WaitsFor.Concat(project.References).Distinct(),
        _ => resource.WaitsFor,
    };

    private static int Depth(IResource resource) => Depth(resource, []);

    private static int Depth(IResource resource, HashSet<IResource> path)
    {
        if (!path.Add(resource))
        {
            throw new InvalidOperationException($"Resource '{resource.Name}' depends on itself through {string.Join(" → ", path)}.");
        }
        var depth = DependenciesOf(resource).Select(dependency => Depth(dependency, path) + 1).DefaultIfEmpty(0).Max();
        path.Remove(resource);
        return depth;
    }
}
