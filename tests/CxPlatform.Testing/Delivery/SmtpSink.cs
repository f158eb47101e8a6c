using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CxPlatform.Delivery;
using MimeKit;

namespace CxPlatform.Testing.Delivery;

/// <summary>
/// A real SMTP server over TCP: Debian's aiosmtpd (package python3-aiosmtpd, installed by eng/setup.sh) run by the system
/// Python as a child process on a loopback port, reporting every message it accepts.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private const string Python = "/usr/bin/python3";
    private static readonly string Script = Path.Combine(AppContext.BaseDirectory, "Delivery", "smtp_sink.py");

    private readonly Process _process;
    private readonly ConcurrentQueue<ReceivedEmail> _received = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentQueue<string> _errors = new();

    private SmtpSink(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public IReadOnlyList<ReceivedEmail> Received => _received.ToArray();

    /// <summary>Starts the server on <paramref name="port"/> (a free one if null) and waits until it accepts connections.</summary>
    public static async Task<SmtpSink> StartAsync(int? port = null)
    {
        if (!File.Exists(Python))
        {
            throw new InvalidOperationException($"{Python} is missing: run eng/setup.sh (it installs python3-aiosmtpd).");
        }
        var listenOn = port ?? FreePort.Next();
        var start = new ProcessStartInfo(Python)
        {
            ArgumentList = { Script, "--port", listenOn.ToString(CultureInfo.InvariantCulture) },
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var sink = new SmtpSink(new Process { StartInfo = start, EnableRaisingEvents = true }, listenOn);
        sink._process.OutputDataReceived += (_, line) => sink.OnOutput(line.Data);
        sink._process.ErrorDataReceived += (_, line) => sink.OnError(line.Data);
        sink._process.Exited += (_, _) => sink._ready.TrySetException(
            new InvalidOperationException($"The SMTP server exited before it was ready: {string.Join('\n', sink._errors)}"));
        sink._process.Start();
        sink._process.BeginOutputReadLine();
        sink._process.BeginErrorReadLine();
        await sink._ready.Task.WaitAsync(TimeSpan.FromSeconds(60));
        return sink;
    }

    public IReadOnlyList<ReceivedEmail> ReceivedFor(Guid deliveryId) =>
        Received.Where(email => email.Message.Headers[DeliveryHeaders.DeliveryId] == deliveryId.ToString()).ToList();

    /// <summary>
    /// The e-mails of a delivery once at least one has arrived. The server's record reaches this process through its output,
    /// which can come after the sender has already been told "250 OK".
    /// </summary>
    public Task<IReadOnlyList<ReceivedEmail>> WaitForAsync(Guid deliveryId) =>
        Eventually.ReturnsAsync(() => Task.FromResult(ReceivedFor(deliveryId)), emails => emails.Count > 0);

    private void OnOutput(string? line)
    {
        if (line is null)
        {
            return;
        }
        if (line == "READY")
        {
            _ready.TrySetResult();
            return;
        }
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        using var data = new MemoryStream(Convert.FromBase64String(root.GetProperty("data").GetString()!));
        _received.Enqueue(new ReceivedEmail(
            root.GetProperty("mailFrom").GetString()!,
            root.GetProperty("rcptTos").EnumerateArray().Select(rcpt => rcpt.GetString()!).ToList(),
            root.GetProperty("queueId").GetString()!,
            MimeMessage.Load(data)));
    }

    private void OnError(string? line)
    {
        if (line is not null)
        {
            _errors.Enqueue(line);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // Closing its stdin stops the server; killing it is the fallback.
            _process.StandardInput.Close();
            using var exited = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await _process.WaitForExitAsync(exited.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        _process.Dispose();
    }
}
