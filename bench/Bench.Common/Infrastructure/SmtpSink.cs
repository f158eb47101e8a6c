using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CxPlatform.Bench.Common.Infrastructure;

/// <summary>
/// A minimal SMTP server on a loopback port that accepts every message and keeps only a count, standing in for the AppHost's
/// development mail server so that a service under test delivers its e-mails the way it does there (plain SMTP, no TLS).
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _accepting;
    private long _received;

    private SmtpSink(TcpListener listener)
    {
        _listener = listener;
        _accepting = AcceptAsync(_stopping.Token);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public long Received => Interlocked.Read(ref _received);

    public static SmtpSink Start()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return new SmtpSink(listener);
    }

    private async Task AcceptAsync(CancellationToken stopping)
    {
        try
        {
            while (!stopping.IsCancellationRequested)
            {
                var client = await _listener.AcceptTcpClientAsync(stopping);
                _ = Task.Run(() => ServeAsync(client, stopping), stopping);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task ServeAsync(TcpClient client, CancellationToken stopping)
    {
        using (client)
        {
            try
            {
                await using var stream = client.GetStream();
                using var reader = new StreamReader(stream, Encoding.ASCII);
                await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
                await writer.WriteLineAsync("220 bench-smtp ESMTP");
                while (await reader.ReadLineAsync(stopping) is { } line)
                {
                    var verb = line.Split(' ', 2)[0].ToUpperInvariant();
                    if (verb == "DATA")
                    {
                        await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                        while (await reader.ReadLineAsync(stopping) is { } data && data != ".")
                        {
                        }
                        Interlocked.Increment(ref _received);
                        await writer.WriteLineAsync("250 OK queued");
                        continue;
                    }
                    await writer.WriteLineAsync(verb switch
                    {
                        "EHLO" or "HELO" => "250 bench-smtp",
                        "QUIT" => "221 Bye",
                        "MAIL" or "RCPT" or "RSET" or "NOOP" => "250 OK",
                        _ => "502 Command not implemented",
                    });
                    if (verb == "QUIT")
                    {
                        return;
                    }
                }
            }
            catch (Exception exception) when (exception is IOException or OperationCanceledException or ObjectDisposedException)
            {
                // The client went away or the sink is stopping.
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        await _accepting;
        _stopping.Dispose();
    }
}
