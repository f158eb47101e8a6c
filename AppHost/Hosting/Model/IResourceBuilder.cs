namespace CxPlatform.AppHost.Hosting.Model;

public interface IResourceBuilder<out T>
    where T : IResource
{
    T Resource { get; }

    DistributedApplicationBuilder ApplicationBuilder { get; }
}
