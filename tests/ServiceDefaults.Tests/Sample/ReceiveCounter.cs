using MassTransit;

namespace CxPlatform.ServiceDefaults.Tests.Sample;

/// <summary>Counts deliveries the bus has finished handling, whether or not the inbox let them reach the consumer.</summary>
public sealed class ReceiveCounter : IReceiveObserver
{
    private int _completed;
    private int _faulted;

    public int Completed => Volatile.Read(ref _completed);
    public int Faulted => Volatile.Read(ref _faulted);

    public Task PreReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostReceive(ReceiveContext context)
    {
        Interlocked.Increment(ref _completed);
        return Task.CompletedTask;
    }

    public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType) where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception) where T : class => Task.CompletedTask;

    public Task ReceiveFault(ReceiveContext context, Exception exception)
    {
        Interlocked.Increment(ref _faulted);
        return Task.CompletedTask;
    }
}
