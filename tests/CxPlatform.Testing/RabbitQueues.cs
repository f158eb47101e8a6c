using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace CxPlatform.Testing;

public static class RabbitQueues
{
    /// <summary>Messages waiting in a queue; 0 when the queue does not exist (yet).</summary>
    public static async Task<uint> DepthAsync(string amqpConnectionString, string queue)
    {
        await using var connection = await new ConnectionFactory { Uri = new Uri(amqpConnectionString) }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
        }
        catch (OperationInterruptedException)
        {
            return 0;
        }
    }

    /// <summary>A durable queue bound to a message type's exchange: it keeps every publish, across broker restarts, until drained.</summary>
    public static async Task DeclareTapAsync(string amqpConnectionString, string queue, string exchange)
    {
        await using var connection = await new ConnectionFactory { Uri = new Uri(amqpConnectionString) }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false);
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
        await channel.QueueBindAsync(queue, exchange, routingKey: "");
    }

    /// <summary>Takes every message from a queue and returns the message id of each (duplicates included).</summary>
    public static async Task<IReadOnlyList<Guid?>> DrainMessageIdsAsync(string amqpConnectionString, string queue)
    {
        await using var connection = await new ConnectionFactory { Uri = new Uri(amqpConnectionString) }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var ids = new List<Guid?>();
        while (await channel.BasicGetAsync(queue, autoAck: true) is { } delivery)
        {
            ids.Add(ProbedMessage<System.Text.Json.JsonElement>.Parse(delivery.Body.Span).MessageId);
        }
        return ids;
    }
}
