using System.Net.Mail;

namespace CxPlatform.Delivery.Extensions;

/// <summary>Checked at start-up, so a misconfigured service fails at once instead of losing time on every delivery.</summary>
internal static class DeliveryOptionsRules
{
    public const string Description =
        "Delivery options are invalid: MaxAttempts, BatchSize and MaxParallelSends must be at least 1; MinBackoff must not exceed MaxBackoff; " +
        "PollInterval must be positive; SendingLease must exceed the SMTP and webhook timeouts; with Smtp:Host set, Smtp:FromAddress must be an e-mail address.";

    public static bool AreValid(DeliveryOptions options) =>
        options.MaxAttempts >= 1
        && options.BatchSize >= 1
        && options.MaxParallelSends >= 1
        && options.MinBackoff >= TimeSpan.Zero
        && options.MinBackoff <= options.MaxBackoff
        && options.PollInterval > TimeSpan.Zero
        && options.SendingLease > options.Smtp.Timeout
        && options.SendingLease > options.Webhook.Timeout
        && (string.IsNullOrWhiteSpace(options.Smtp.Host) || MailAddress.TryCreate(options.Smtp.FromAddress, out _));
}
