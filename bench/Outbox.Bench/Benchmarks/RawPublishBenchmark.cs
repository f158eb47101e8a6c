using System.Diagnostics;
using RabbitMQ.Client;

namespace CxPlatform.Bench.Outbox.Benchmarks;

/// <summary>
/// The ceiling the outbox is compared with: RabbitMQ.Client publishing persistent messages of the outbox's size to a durable
/// queue with publisher confirms, a window of confirms outstanding at once, nothing else.
/// </summary>
public static class RawPublishBenchmark
{
    private const string Queue = "bench-raw-publish";
    private const int WarmUpMessages = 1_000;

    public static async Task<RawPublishResult> RunAsync(string amqpConnectionString, int messages, int messageBytes, int window, CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory { Uri = new Uri(amqpConnectionString) };
        await using var connection = await factory.CreateConnectionAsync(cancellationToken);
        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
        await channel.QueueDeclareAsync(Queue, durable: true, exclusive: false, autoDelete: false, cancellationToken: cancellationToken);

        var body = new ReadOnlyMemory<byte>(Enumerable.Repeat((byte)'x', messageBytes).ToArray());
        var properties = new BasicProperties { Persistent = true, ContentType = "application/vnd.masstransit+json" };
        await PublishAsync(channel, properties, body, WarmUpMessages, window, cancellationToken);
        await channel.QueuePurgeAsync(Queue, cancellationToken);

        var started = Stopwatch.GetTimestamp();
        await PublishAsync(channel, properties, body, messages, window, cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started);

        await channel.QueueDeleteAsync(Queue, cancellationToken: cancellationToken);
        return new RawPublishResult(messages, messageBytes, window, elapsed.TotalSeconds);
    }

    private static async Task PublishAsync(
        IChannel channel, BasicProperties properties, ReadOnlyMemory<byte> body, int count, int window, CancellationToken cancellationToken)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = window, CancellationToken = cancellationToken };
        await Parallel.ForAsync(0, count, parallel, async (_, token) =>
            await channel.BasicPublishAsync(exchange: "", routingKey: Queue, mandatory: true, properties, body, token));
    }
}
