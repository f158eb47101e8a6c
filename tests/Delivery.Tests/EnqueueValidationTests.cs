using CxPlatform.ServiceDefaults.Errors;

namespace CxPlatform.Delivery.Tests;

public sealed class EnqueueValidationTests(DeliveryFixture fixture) : IClassFixture<DeliveryFixture>
{
    public static TheoryData<string> UrlsNotToSendTo => ["not a url", "/hooks/relative", "ftp://files.example/hook", "https://user:pw@hooks.example/x", ""];

    public static TheoryData<EmailMessage, string> InvalidEmails => new()
    {
        { new EmailMessage("jane", "Subject", "Body"), "to" },
        { new EmailMessage("Jane <jane@example.com>", "Subject", "Body"), "to" },
        { new EmailMessage("jane@example.com", "Subject\r\nBcc: everyone@example.com", "Body"), "subject" },
        { new EmailMessage("jane@example.com", " ", "Body"), "subject" },
        { new EmailMessage("jane@example.com", "Subject", ""), "textBody" },
        { new EmailMessage("jane@example.com", "Subject", "Body") { ReplyTo = "nobody" }, "replyTo" },
    };

    [Theory]
    [MemberData(nameof(UrlsNotToSendTo))]
    public async Task A_webhook_without_an_absolute_http_url_is_refused_naming_the_url_and_nothing_is_enqueued(string url)
    {
        var refused = await EnqueueAsync(Guid.NewGuid(), Messages.Webhook(url));

        Assert.Equal("url", refused.Field);
    }

    [Fact]
    public async Task A_webhook_with_a_short_secret_is_refused_naming_the_secret()
    {
        var refused = await EnqueueAsync(Guid.NewGuid(), new WebhookMessage { Url = "https://hooks.example/x", Secret = "short", Body = new { } });

        Assert.Equal("secret", refused.Field);
    }

    [Theory]
    [MemberData(nameof(InvalidEmails))]
    public async Task An_invalid_email_is_refused_naming_the_field_and_nothing_is_enqueued(EmailMessage email, string field)
    {
        var refused = await EnqueueAsync(Guid.NewGuid(), email);

        Assert.Equal(field, refused.Field);
    }

    [Fact]
    public async Task A_delivery_without_an_id_is_refused()
    {
        var refused = await EnqueueAsync(Guid.Empty, Messages.Invitation("jane@example.com"));

        Assert.Equal("deliveryId", refused.Field);
    }

    private async Task<InvalidRequestException> EnqueueAsync(Guid id, object message)
    {
        await using var service = await fixture.StartServiceAsync(DeliveryFixture.Settings());
        return await service.AsTenantAsync("acme", async (db, deliveries) =>
        {
            var refused = await Assert.ThrowsAsync<InvalidRequestException>(() => message switch
            {
                EmailMessage email => deliveries.EnqueueAsync(id, email),
                WebhookMessage webhook => deliveries.EnqueueAsync(id, webhook),
                _ => throw new ArgumentException("Not a message.", nameof(message)),
            });
            Assert.Empty(db.ChangeTracker.Entries<DeliveryRecord>());
            return refused;
        });
    }
}
