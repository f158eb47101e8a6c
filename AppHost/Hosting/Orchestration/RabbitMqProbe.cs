using RabbitMQ.Client;

namespace CxPlatform.AppHost.Hosting.Orchestration;

internal static class RabbitMqProbe
{
    /// <summary>Healthy when the broker accepts an AMQP connection with the resource's credentials.</summary>
    public static async Task<bool> IsReadyAsync(string? connectionString, CancellationToken cancellationToken)
    {
        if (connectionString is null)
        {
            return false;
        }
        try
        {
            var factory = new ConnectionFactory
            {
                Uri = new Uri(connectionString),
                RequestedConnectionTimeout = TimeSpan.FromSeconds(5),
                AutomaticRecoveryEnabled = false,
                ClientProvidedName = "cxplatform-apphost-health",
            };
            await using var connection = await factory.CreateConnectionAsync(cancellationToken);
            return connection.IsOpen;
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
