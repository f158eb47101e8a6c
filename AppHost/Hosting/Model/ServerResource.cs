namespace CxPlatform.AppHost.Hosting.Model;

/// <summary>A backing server (PostgreSQL, RabbitMQ) whose address is known once it has started.</summary>
public abstract class ServerResource(string name, string type) : Resource(name, type), IResourceWithConnectionString
{
    public string? ConnectionString { get; internal set; }
}
