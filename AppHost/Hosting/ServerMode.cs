namespace CxPlatform.AppHost.Hosting;

/// <summary>How the AppHost provides PostgreSQL and RabbitMQ when no connection string is configured for them.</summary>
public enum ServerMode
{
    /// <summary>Containers when a container engine answers, otherwise a local installation.</summary>
    Auto,
    Container,
    Local,
}
