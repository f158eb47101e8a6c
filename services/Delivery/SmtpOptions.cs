using MailKit.Security;

namespace CxPlatform.Delivery;

/// <summary>The SMTP server e-mails are handed to (section <c>Delivery:Smtp</c>).</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;

    /// <summary>Authenticate only when set.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>The From address of every e-mail; its domain also names the e-mails' Message-Ids.</summary>
    public string? FromAddress { get; set; }

    public string? FromName { get; set; }

    /// <summary>
    /// <c>Auto</c> (TLS on connect for port 465, otherwise STARTTLS when the server offers it), <c>StartTls</c> (require it;
    /// recommended in production), <c>SslOnConnect</c>, <c>StartTlsWhenAvailable</c> or <c>None</c>.
    /// </summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;

    /// <summary>Per SMTP operation (connect, authenticate, send).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
