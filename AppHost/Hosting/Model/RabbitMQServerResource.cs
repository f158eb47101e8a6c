namespace CxPlatform.AppHost.Hosting.Model;

public sealed class RabbitMQServerResource(string name) : ServerResource(name, "rabbitmq")
{
    public const string UserName = "guest";
}
