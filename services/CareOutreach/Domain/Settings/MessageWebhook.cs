namespace CxPlatform.Care.Domain.Settings;

/// <summary>
/// Where the tenant's automated messages on channels without an e-mail (sms, whatsapp, social DM, phone) are POSTed, signed
/// with <paramref name="Secret"/> (HMAC-SHA256, see docs/delivery.md); the tenant's own gateway sends them on.
/// </summary>
public sealed record MessageWebhook(string Url, string Secret);
