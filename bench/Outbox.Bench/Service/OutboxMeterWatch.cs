using System.Diagnostics.Metrics;
using CxPlatform.ServiceDefaults.Telemetry;

namespace CxPlatform.Bench.Outbox.Service;

/// <summary>
/// Listens to the dispatcher's own instruments (confirmed count, commit-to-confirm lag), so a run can tell the dispatcher's
/// share of the time from the consumer's without touching the dispatcher.
/// </summary>
public sealed class OutboxMeterWatch : IDisposable
{
    private const string PublishedInstrument = "cxp.outbox.published";
    private const string LagInstrument = "cxp.outbox.lag";

    private readonly MeterListener _listener = new();
    private DispatchRecording? _current;

    public OutboxMeterWatch()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == CxDiagnostics.MeterName && instrument.Name is PublishedInstrument or LagInstrument)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            if (instrument.Name == PublishedInstrument)
            {
                Volatile.Read(ref _current)?.RecordConfirmed(value);
            }
        });
        _listener.SetMeasurementEventCallback<double>((instrument, value, _, _) =>
        {
            if (instrument.Name == LagInstrument)
            {
                Volatile.Read(ref _current)?.RecordLag(value);
            }
        });
        _listener.Start();
    }

    public DispatchRecording Begin(int expected)
    {
        var recording = new DispatchRecording(expected);
        Volatile.Write(ref _current, recording);
        return recording;
    }

    public void Dispose() => _listener.Dispose();
}
