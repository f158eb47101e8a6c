using CxPlatform.AppHost.Hosting.State;

namespace CxPlatform.AppHost.Hosting.Model;

public abstract class Resource : IResource
{
    private readonly List<IResource> _waitsFor = [];

    protected Resource(string name, string type)
    {
        Name = name;
        Type = type;
        Status = new ResourceStatus(name, type);
    }

    public string Name { get; }

    public string Type { get; }

    public ResourceStatus Status { get; }

    public ResourceLog Log { get; } = new();

    public IReadOnlyCollection<IResource> WaitsFor => _waitsFor;

    internal void AddWaitFor(IResource dependency)
    {
        if (dependency == this)
        {
            throw new InvalidOperationException($"Resource '{Name}' cannot wait for itself.");
        }
        if (!_waitsFor.Contains(dependency))
        {
            _waitsFor.Add(dependency);
        }
    }

    public override string ToString() => Name;
}
