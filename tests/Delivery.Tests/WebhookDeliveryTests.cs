using System.Text;
using System.Text.Json;
using CxPlatform.Testing.Delivery;
using CxPlatform.Testing;

namespace CxPlatform.Delivery.Tests;

public sealed class WebhookDeliveryTests(DeliveryFixture fixture) : IClassFixture<DeliveryFixture>
{
    [Fact]
    public async Task A_webhook_arrives_signed_so_that_its_signature_verifies_and_a_tampered_body_does_not()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var service = await fixture.StartServiceAsync(DeliveryFixture.Settings());
        var id = Guid.NewGuid();

        await service.NotifyAsync("acme", id, Messages.Webhook(receiver.UrlOf("signed"), new { invitationId = id, score = 9 }));

        var delivery = await service.DeliveredAsync("acme", id);
        Assert.Equal(1, delivery.Attempts);
        var request = Assert.Single(receiver.ReceivedFor(id));
        Assert.Equal("application/json; charset=utf-8", request.ContentType);
        using (var body = JsonDocument.Parse(request.Body))
        {
            Assert.Equal(id, body.RootElement.GetProperty("invitationId").GetGuid());
            Assert.Equal(9, body.RootElement.GetProperty("score").GetInt32());
        }
        var now = TimeProvider.System.GetUtcNow();
        var tolerance = WebhookSignature.DefaultTolerance;
        Assert.True(WebhookSignature.Verify(DeliveryFixture.Secret, request.Timestamp, request.Body, request.Signature, now, tolerance));
        var tampered = Encoding.UTF8.GetBytes(request.BodyText.Replace("\"score\":9", "\"score\":0", StringComparison.Ordinal));
        Assert.NotEqual(request.Body, tampered);
        Assert.False(WebhookSignature.Verify(DeliveryFixture.Secret, request.Timestamp, tampered, request.Signature, now, tolerance));
        Assert.False(WebhookSignature.Verify("someone-elses-secret-value", request.Timestamp, request.Body, request.Signature, now, tolerance));
    }

    [Fact]
    public async Task A_receiver_answering_503_twice_then_200_gets_the_webhook_delivered_after_three_attempts()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Script("flaky", new ScriptedAnswer(503), new ScriptedAnswer(503));
        await using var service = await fixture.StartServiceAsync(DeliveryFixture.Settings());
        var id = Guid.NewGuid();

        await service.NotifyAsync("acme", id, Messages.Webhook(receiver.UrlOf("flaky")));

        var delivery = await service.DeliveredAsync("acme", id);
        Assert.Equal(3, delivery.Attempts);
        Assert.Equal("HTTP 503 (ServiceUnavailable)", delivery.LastError);
        var requests = receiver.ReceivedFor(id);
        Assert.Equal(3, requests.Count);
        Assert.All(requests, request => Assert.True(WebhookSignature.Verify(
            DeliveryFixture.Secret, request.Timestamp, request.Body, request.Signature, TimeProvider.System.GetUtcNow(), WebhookSignature.DefaultTolerance)));
    }

    [Fact]
    public async Task A_receiver_answering_400_fails_the_webhook_at_once_with_the_status_recorded()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Script("refusing", new ScriptedAnswer(400));
        await using var service = await fixture.StartServiceAsync(DeliveryFixture.Settings());
        var id = Guid.NewGuid();

        await service.NotifyAsync("acme", id, Messages.Webhook(receiver.UrlOf("refusing")));

        var delivery = await service.SettledAsync("acme", id);
        Assert.Equal(DeliveryStatus.Failed, delivery.Status);
        Assert.Equal(1, delivery.Attempts);
        Assert.Equal("HTTP 400 (BadRequest)", delivery.LastError);
        Assert.NotNull(delivery.FailedAt);
        Assert.Null(delivery.DeliveredAt);
        Assert.Single(receiver.ReceivedFor(id));
        Assert.Equal(0, await Sql.CountAsync(fixture.Database, "deliveries", $"id = '{id}' AND secret IS NOT NULL"));
    }

    [Fact]
    public async Task A_receiver_that_keeps_failing_fails_the_webhook_after_the_configured_attempts()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Script("down", Enumerable.Repeat(new ScriptedAnswer(502), 10).ToArray());
        await using var service = await fixture.StartServiceAsync(DeliveryFixture.Settings(null, ("Delivery:MaxAttempts", "3")));
        var id = Guid.NewGuid();

        await service.NotifyAsync("acme", id, Messages.Webhook(receiver.UrlOf("down")));

        var delivery = await service.SettledAsync("acme", id);
        Assert.Equal(DeliveryStatus.Failed, delivery.Status);
        Assert.Equal(3, delivery.Attempts);
        Assert.Equal("HTTP 502 (BadGateway) (gave up after 3 attempts)", delivery.LastError);
        Assert.Equal(3, receiver.ReceivedFor(id).Count);
    }

    [Fact]
    public async Task A_receiver_that_does_not_answer_in_time_is_tried_again()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Script("slow", new ScriptedAnswer(200, AnswerAfter: TimeSpan.FromSeconds(30)));
        await using var service = await fixture.StartServiceAsync(DeliveryFixture.Settings(null, ("Delivery:Webhook:Timeout", "00:00:00.500")));
        var id = Guid.NewGuid();

        await service.NotifyAsync("acme", id, Messages.Webhook(receiver.UrlOf("slow")));

        var delivery = await service.DeliveredAsync("acme", id);
        Assert.Equal(2, delivery.Attempts);
        Assert.Equal("The receiver did not answer within 0.5 s.", delivery.LastError);
    }
}
