using System.Diagnostics;
using MassTransit;

namespace CxPlatform.Bench.Outbox.Service;

/// <summary>
/// Sees each consumption after the whole consume pipe, inbox commit included, and hands it to the run being recorded.
/// </summary>
public sealed class ConsumptionRecorder : IConsumeObserver
{
    private RunRecording? _current;
    private int _faults;

    public int Faults => Volatile.Read(ref _faults);

    public RunRecording Begin(string run, int expected)
    {
        var recording = new RunRecording(run, expected);
        Volatile.Write(ref _current, recording);
        return recording;
    }

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        var consumedAt = Stopwatch.GetTimestamp();
        if (context.Message is PulseRecorded pulse)
        {
            Volatile.Read(ref _current)?.Record(pulse, consumedAt, context.ReceiveContext.Body.Length);
        }
        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class
    {
        Interlocked.Increment(ref _faults);
        return Task.CompletedTask;
    }
}
