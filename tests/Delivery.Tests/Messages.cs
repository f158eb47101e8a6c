namespace CxPlatform.Delivery.Tests;

/// <summary>Messages as the services would enqueue them.</summary>
public static class Messages
{
    public static EmailMessage Invitation(string to) =>
        new(to, "How did we do?", "Tell us in one click.") { ToName = "Jane Doe" };

    public static WebhookMessage Webhook(string url, object? body = null) => new()
    {
        Url = url,
        Secret = DeliveryFixture.Secret,
        Body = body ?? new { eventType = "survey.invitation.sent", score = 9 },
    };
}
