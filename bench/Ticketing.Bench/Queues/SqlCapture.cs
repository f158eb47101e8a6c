using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace CxPlatform.Bench.Ticketing.Queues;

/// <summary>
/// Records the SQL commands EF Core sends while a capture is open, with their parameters, from EF Core's diagnostic events.
/// The service runs in this process, so what a request ran can be explained afterwards exactly as it was sent.
/// </summary>
public sealed class SqlCapture : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly List<IDisposable> _subscriptions = [];
    private readonly List<CapturedCommand> _commands = [];
    private readonly Lock _lock = new();
    private bool _open;

    private SqlCapture()
    {
    }

    public static SqlCapture Start()
    {
        var capture = new SqlCapture();
        capture._subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(capture));
        return capture;
    }

    /// <summary>Runs <paramref name="action"/> and returns the commands EF Core sent meanwhile.</summary>
    public async Task<IReadOnlyList<CapturedCommand>> DuringAsync(Func<Task> action)
    {
        lock (_lock)
        {
            _commands.Clear();
            _open = true;
        }
        try
        {
            await action();
        }
        finally
        {
            lock (_lock)
            {
                _open = false;
            }
        }
        lock (_lock)
        {
            return _commands.ToList();
        }
    }

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name)
        {
            lock (_lock)
            {
                _subscriptions.Add(listener.Subscribe(this, name => name == RelationalEventId.CommandExecuting.Name));
            }
        }
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Value is not CommandEventData { Command: var command })
        {
            return;
        }
        lock (_lock)
        {
            if (_open)
            {
                _commands.Add(new CapturedCommand(command.CommandText, Parameters(command)));
            }
        }
    }

    private static List<NpgsqlParameter> Parameters(DbCommand command) =>
        command.Parameters.Cast<NpgsqlParameter>().Select(parameter => parameter.Clone()).ToList();

    void IObserver<DiagnosticListener>.OnCompleted()
    {
    }

    void IObserver<DiagnosticListener>.OnError(Exception error)
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnCompleted()
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error)
    {
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _subscriptions.ForEach(subscription => subscription.Dispose());
            _subscriptions.Clear();
        }
    }
}
