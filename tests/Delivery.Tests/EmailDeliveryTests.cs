using CxPlatform.Testing.Delivery;
using CxPlatform.Testing;
using MimeKit;

namespace CxPlatform.Delivery.Tests;

public sealed class EmailDeliveryTests(DeliveryFixture fixture) : IClassFixture<DeliveryFixture>
{
    [Fact]
    public async Task An_enqueued_email_arrives_once_with_its_recipient_subject_and_bodies_and_is_delivered()
    {
        await using var smtp = await SmtpSink.StartAsync();
        await using var service = await fixture.StartServiceAsync(DeliveryFixture.Settings(smtp.Port));
        var id = Guid.NewGuid();
        var email = new EmailMessage("jane@example.com", "How did we do?", "Tell us in one click.")
        {
            ToName = "Jane Doe",
            HtmlBody = "<p>Tell us in <b>one</b> click.</p>",
            ReplyTo = "support@acme.example",
        };

        Assert.True(await service.InviteAsync("acme", id, email));

        var delivery = await service.DeliveredAsync("acme", id);
        Assert.Equal(1, delivery.Attempts);
        Assert.NotNull(delivery.DeliveredAt);
        var received = Assert.Single(await smtp.WaitForAsync(id));
        Assert.Contains(received.QueueId, delivery.ProviderMessageId);
        Assert.Equal("care@cx.example", received.MailFrom);
        Assert.Equal(["jane@example.com"], received.RcptTos);
        var message = received.Message;
        Assert.Equal(("Acme Care", "care@cx.example"), Mailbox(message.From));
        Assert.Equal(("Jane Doe", "jane@example.com"), Mailbox(message.To));
        Assert.Equal(("", "support@acme.example"), Mailbox(message.ReplyTo));
        Assert.Equal("How did we do?", message.Subject);
        Assert.Equal("Tell us in one click.", message.TextBody?.Trim());
        Assert.Equal("<p>Tell us in <b>one</b> click.</p>", message.HtmlBody?.Trim());
        Assert.Equal($"{id:N}.acme@cx.example", message.MessageId);
    }

    [Fact]
    public async Task An_email_is_retried_while_the_smtp_server_is_down_and_delivered_once_when_it_is_up()
    {
        var port = FreePort.Next();
        await using var service = await fixture.StartServiceAsync(DeliveryFixture.Settings(
            port, ("Delivery:MinBackoff", "00:00:00.100"), ("Delivery:MaxBackoff", "00:00:00.200"), ("Delivery:MaxAttempts", "1000")));
        var id = Guid.NewGuid();
        await service.InviteAsync("acme", id, Messages.Invitation("jane@example.com"));

        var retrying = await Eventually.ReturnsAsync(
            () => service.FindAsync("acme", id), delivery => delivery is { Status: DeliveryStatus.Pending, Attempts: >= 2 });
        Assert.Equal(DeliveryStatus.Pending, retrying?.Status);
        Assert.StartsWith("Cannot reach the SMTP server", retrying!.LastError);

        await using var smtp = await SmtpSink.StartAsync(port);
        var delivery = await service.DeliveredAsync("acme", id);
        Assert.True(delivery.Attempts > retrying.Attempts);
        Assert.Single(await smtp.WaitForAsync(id));
    }

    [Fact]
    public async Task A_temporary_smtp_refusal_is_retried_and_the_email_delivered()
    {
        await using var smtp = await SmtpSink.StartAsync();
        await using var service = await fixture.StartServiceAsync(DeliveryFixture.Settings(smtp.Port));
        var id = Guid.NewGuid();

        await service.InviteAsync("acme", id, Messages.Invitation("greylisted-jane@example.com"));

        var delivery = await service.DeliveredAsync("acme", id);
        Assert.Equal(2, delivery.Attempts);
        Assert.StartsWith("SMTP 451", delivery.LastError);
        Assert.Single(await smtp.WaitForAsync(id));
    }

    [Fact]
    public async Task A_recipient_the_smtp_server_rejects_fails_at_once()
    {
        await using var smtp = await SmtpSink.StartAsync();
        await using var service = await fixture.StartServiceAsync(DeliveryFixture.Settings(smtp.Port));
        var id = Guid.NewGuid();

        await service.InviteAsync("acme", id, Messages.Invitation("rejected-jane@example.com"));

        var delivery = await service.SettledAsync("acme", id);
        Assert.Equal(DeliveryStatus.Failed, delivery.Status);
        Assert.Equal(1, delivery.Attempts);
        Assert.StartsWith("SMTP 550", delivery.LastError);
        Assert.NotNull(delivery.FailedAt);
        Assert.Empty(smtp.ReceivedFor(id));
    }

    private static (string Name, string Address) Mailbox(InternetAddressList addresses)
    {
        var mailbox = Assert.Single(addresses.Mailboxes);
        return (mailbox.Name ?? "", mailbox.Address);
    }
}
