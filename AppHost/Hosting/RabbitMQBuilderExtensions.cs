using CxPlatform.AppHost.Hosting.Model;

namespace CxPlatform.AppHost.Hosting;

public static class RabbitMQBuilderExtensions
{
    /// <summary>A RabbitMQ broker: a container, a local installation, or <c>ConnectionStrings__{name}</c> when configured.</summary>
    public static IResourceBuilder<RabbitMQServerResource> AddRabbitMQ(this DistributedApplicationBuilder builder, string name) =>
        builder.AddResource(new RabbitMQServerResource(name));
}
