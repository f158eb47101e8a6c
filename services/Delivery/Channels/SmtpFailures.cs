using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace CxPlatform.Delivery.Channels;

/// <summary>
/// SMTP's own rule decides: a 4xx reply is temporary, a 5xx reply final. Trouble reaching or talking to our SMTP server
/// (down, timeout, TLS, authentication) is retried, because fixing the server or its configuration lets the e-mail through.
/// </summary>
internal static class SmtpFailures
{
    public static DeliveryOutcome Classify(Exception exception) => exception switch
    {
        SmtpCommandException { StatusCode: var status } command when (int)status is >= 500 and < 600 =>
            DeliveryOutcome.Permanent($"SMTP {(int)status}: {command.Message}"),
        SmtpCommandException command => DeliveryOutcome.Transient($"SMTP {(int)command.StatusCode}: {command.Message}"),
        AuthenticationException authentication => DeliveryOutcome.Transient($"The SMTP server refused our credentials: {authentication.Message}"),
        SslHandshakeException => DeliveryOutcome.Transient("The TLS handshake with the SMTP server failed."),
        SmtpProtocolException protocol => DeliveryOutcome.Transient($"SMTP protocol error: {protocol.Message}"),
        SocketException socket => DeliveryOutcome.Transient($"Cannot reach the SMTP server: {socket.SocketErrorCode}"),
        TimeoutException or OperationCanceledException => DeliveryOutcome.Transient("The SMTP server did not answer in time."),
        ServiceNotConnectedException or IOException => DeliveryOutcome.Transient($"The SMTP connection broke: {exception.Message}"),
        _ => DeliveryOutcome.Transient($"Sending the e-mail failed ({exception.GetType().Name}): {exception.Message}"),
    };
}
