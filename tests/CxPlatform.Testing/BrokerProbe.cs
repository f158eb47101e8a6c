using System.Collections.Concurrent;
using System.Text.Json;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace CxPlatform.Testing;

/// <summary>
/// Watches what really reaches the broker: binds a private queue to MassTransit's exchange for <typeparamref name="TMessage"/>
/// and records every delivery, duplicates included.
/// </summary>
public sealed class BrokerProbe<TMessage> : IAsyncDisposable where TMessage : class
{
    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly ConcurrentQueue<ProbedMessage<TMessage>> _received = new();

    private BrokerProbe(IConnection connection, IChannel channel)
    {
        _connection = connection;
        _channel = channel;
    }

    public IReadOnlyCollection<ProbedMessage<TMessage>> Received => _received.ToArray();

    /// <summary>MassTransit's publish topology: a durable fanout exchange named "Namespace:Type".</summary>
    public static string ExchangeName => $"{typeof(TMessage).Namespace}:{typeof(TMessage).Name}";

    public static async Task<BrokerProbe<TMessage>> StartAsync(string amqpConnectionString)
    {
        var connection = await new ConnectionFactory { Uri = new Uri(amqpConnectionString) }.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync();
        await channel.ExchangeDeclareAsync(ExchangeName, ExchangeType.Fanout, durable: true, autoDelete: false);
        var queue = await channel.QueueDeclareAsync(queue: "", durable: false, exclusive: true, autoDelete: true);
        await channel.QueueBindAsync(queue.QueueName, ExchangeName, routingKey: "");

        var probe = new BrokerProbe<TMessage>(connection, channel);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            probe._received.Enqueue(ProbedMessage<TMessage>.Parse(delivery.Body.Span));
            return Task.CompletedTask;
        };
        await channel.BasicConsumeAsync(queue.QueueName, autoAck: true, consumer);
        return probe;
    }

    /// <summary>Waits until at least <paramref name="count"/> matching deliveries arrived, then a little longer to catch duplicates; returns the matching ones.</summary>
    public async Task<IReadOnlyCollection<ProbedMessage<TMessage>>> WaitForAsync(
        Func<TMessage, bool> match, int count, TimeSpan? timeout = null, TimeSpan? settle = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (Matching().Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
        await Task.Delay(settle ?? TimeSpan.FromMilliseconds(500));
        return Matching();

        List<ProbedMessage<TMessage>> Matching() => _received.Where(m => match(m.Message)).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.CloseAsync();
        await _connection.CloseAsync();
        _channel.Dispose();
        _connection.Dispose();
    }
}
