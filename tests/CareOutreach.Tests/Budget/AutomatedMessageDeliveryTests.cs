using System.Net;
using System.Text.Json;
using CxPlatform.Care.Apis;
using CxPlatform.Care.Domain;
using CxPlatform.Care.Domain.Outreach;
using CxPlatform.Contracts;
using CxPlatform.Contracts.Grpc.CareOutreach;
using CxPlatform.Delivery;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Testing;

namespace CxPlatform.Care.Tests.Budget;

/// <summary>
/// Automated messages end to end: a real event on RabbitMQ → a playbook → the contact budget → a delivery to a real SMTP
/// server or webhook receiver, on a fake business clock the tests move forward (each test its own tenant).
/// </summary>
public sealed class AutomatedMessageDeliveryTests(DeliveringCareOutreach fixture) : IClassFixture<DeliveringCareOutreach>
{
    private const string Secret = "a-webhook-secret-for-sms";
    private FakeClockCareOutreachFactory Service => fixture.Service;

    [Fact]
    public async Task A_first_purchase_welcome_is_emailed_with_the_customers_name_and_the_task_ends_message_sent_once()
    {
        var (care, customer, email) = await CustomerAsync("welcome-mail", ContactChannels.Email, consent: "granted");
        await using var completed = await BrokerProbe<OutreachCompleted>.StartAsync(Service.MessagingConnectionString);

        await Service.PublishAsync(CareEvents.Touchpoint("welcome-mail", customer, Service.Clock.GetUtcNow(), TouchpointKinds.OrderPlaced));

        var task = Assert.Single(await OutreachRequests.WaitForTasksAsync(care, customer));
        var sent = await BudgetRequests.WaitForTaskAsync(care, task.Id, t => t.Delivery?.Status == "delivered");
        Assert.Equal((OutreachStatuses.Done, OutreachOutcomes.MessageSent, DeliveryChannelNames.Email), (sent.Status, sent.Outcome, sent.Delivery!.Channel));
        Assert.Empty(sent.ContactDecisions!);
        var message = Assert.Single(await fixture.Smtp.WaitForAsync(task.Id));
        Assert.Equal([email], message.RcptTos);
        Assert.Equal("Welcome, Ana!", message.Message.Subject);
        Assert.StartsWith("Welcome, Ana! Thank you for your first order. If you have any question", message.Message.TextBody);
        var published = await completed.WaitForAsync(m => m.OutreachId == task.Id, 1, settle: TimeSpan.FromSeconds(1));
        Assert.Equal(OutreachOutcomes.MessageSent, Assert.Single(published).Message.Outcome);
    }

    [Fact]
    public async Task During_the_customers_quiet_hours_the_message_is_deferred_recorded_and_sent_when_they_end()
    {
        // 12:00 UTC is 21:00 in Tokyo, inside 20:00–08:00; the quiet hours end at 23:00 UTC.
        var (care, customer, _) = await CustomerAsync("quiet-tokyo", ContactChannels.Email, consent: "granted",
            timeZone: "Asia/Tokyo", quietHours: new { start = "20:00", end = "08:00" });
        var at = MoveClockTo(NextUtc(12));
        var quietUntil = at.AddHours(11);

        await Service.PublishAsync(CareEvents.Touchpoint("quiet-tokyo", customer, at, TouchpointKinds.OrderPlaced));

        var task = Assert.Single(await OutreachRequests.WaitForTasksAsync(care, customer));
        var deferred = (await OutreachRequests.GetAsync(care, task.Id)).Task;
        Assert.Equal((OutreachStatuses.Scheduled, quietUntil, (OutreachDeliveryResponse?)null), (deferred.Status, deferred.ScheduledFor, deferred.Delivery));
        var decision = Assert.Single(deferred.ContactDecisions!);
        Assert.Equal((ContactRules.QuietHours, quietUntil, ContactChannels.Email, ContactPurposes.Care), (decision.Rule, decision.DeferredUntil, decision.Channel, decision.Purpose));
        Assert.Equal(decision.Id, Assert.Single(await BudgetRequests.DecisionsAsync(care, customer)).Id);

        Service.Clock.SetUtcNow(quietUntil.AddSeconds(-1));
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(OutreachStatuses.Scheduled, (await OutreachRequests.GetAsync(care, task.Id)).Task.Status);
        Service.Clock.SetUtcNow(quietUntil);

        var sent = await BudgetRequests.WaitForTaskAsync(care, task.Id, t => t.Delivery?.Status == "delivered");
        Assert.Equal((OutreachStatuses.Done, OutreachOutcomes.MessageSent, quietUntil), (sent.Status, sent.Outcome, sent.CompletedAt));
        Assert.Single(await fixture.Smtp.WaitForAsync(task.Id));
    }

    [Fact]
    public async Task A_second_message_within_a_day_is_deferred_by_the_day_cap_and_GetContactPolicy_says_FREQUENCY_CAP_until_the_same_instant()
    {
        var (care, customer, _) = await CustomerAsync("capped", ContactChannels.Email, consent: "granted");
        await PlaybookRequests.CreateAsync(Service.Client("capped", CxRoles.Admin), ShippedMessagePlaybook());
        var placedAt = MoveClockTo(Service.Clock.GetUtcNow().AddMinutes(5));
        await Service.PublishAsync(CareEvents.Touchpoint("capped", customer, placedAt, TouchpointKinds.OrderPlaced));
        var welcome = Assert.Single(await OutreachRequests.WaitForTasksAsync(care, customer));
        Assert.Equal(OutreachStatuses.Done, (await BudgetRequests.WaitForTaskAsync(care, welcome.Id, t => t.Status == OutreachStatuses.Done)).Status);

        var shippedAt = MoveClockTo(placedAt.AddHours(2));
        await Service.PublishAsync(CareEvents.Touchpoint("capped", customer, shippedAt, TouchpointKinds.OrderShipped, new() { ["order_id"] = "A-77" }));

        var shipped = (await OutreachRequests.WaitForTasksAsync(care, customer, count: 2)).Single(t => t.Id != welcome.Id);
        var capEnd = placedAt.AddHours(24);
        var deferred = (await OutreachRequests.GetAsync(care, shipped.Id)).Task;
        Assert.Equal((OutreachStatuses.Scheduled, capEnd), (deferred.Status, deferred.ScheduledFor));
        Assert.Equal((ContactRules.FrequencyCapDay, capEnd), (Assert.Single(deferred.ContactDecisions!).Rule, deferred.ContactDecisions![0].DeferredUntil));
        var policy = await CareGrpc.Client(Service).GetContactPolicyAsync(
            new GetContactPolicyRequest { CustomerId = customer.ToString(), Channel = "email", Purpose = "care" }, Service.As("capped", CxRoles.Service));
        Assert.Equal((false, DenialReason.FrequencyCap, capEnd), (policy.Allowed, policy.DenialReason, policy.NextAllowedAt.ToDateTimeOffset()));
        Assert.Empty(fixture.Smtp.ReceivedFor(shipped.Id));

        Service.Clock.SetUtcNow(capEnd);

        await BudgetRequests.WaitForTaskAsync(care, shipped.Id, t => t.Delivery?.Status == "delivered");
        Assert.Equal("Your order A-77 is on its way, Ana.", Assert.Single(await fixture.Smtp.WaitForAsync(shipped.Id)).Message.TextBody?.Trim());
    }

    [Fact]
    public async Task Messages_decided_at_the_same_moment_share_one_budget_so_only_the_day_caps_worth_is_sent()
    {
        var (care, customer, _) = await CustomerAsync("capped-at-once", ContactChannels.Email, consent: "granted");
        await PlaybookRequests.CreateAsync(Service.Client("capped-at-once", CxRoles.Admin), ShippedMessagePlaybook());
        var at = MoveClockTo(Service.Clock.GetUtcNow().AddMinutes(5));

        // Eight shipments at once: consumed concurrently, each decides about the same customer's budget in its own transaction.
        await Task.WhenAll(Enumerable.Range(1, 8).Select(order => Service.PublishAsync(
            CareEvents.Touchpoint("capped-at-once", customer, at, TouchpointKinds.OrderShipped, new() { ["order_id"] = $"B-{order}" }))));

        var tasks = await OutreachRequests.WaitForTasksAsync(care, customer, count: 8);
        var decided = await Task.WhenAll(tasks.Select(async t => (await OutreachRequests.GetAsync(care, t.Id)).Task));
        Assert.Equal(8, decided.Length);
        Assert.Single(decided, t => (t.Status, t.Outcome) == (OutreachStatuses.Done, OutreachOutcomes.MessageSent));
        Assert.Equal(7, decided.Count(t => t.Status == OutreachStatuses.Scheduled && t.ContactDecisions!.Single().Rule == ContactRules.FrequencyCapDay));
    }

    [Fact]
    public async Task An_opted_out_customer_is_skipped_with_the_reason_recorded_and_nothing_is_sent()
    {
        var (care, customer, _) = await CustomerAsync("opted-out", ContactChannels.Email, consent: "withdrawn");
        await using var completed = await BrokerProbe<OutreachCompleted>.StartAsync(Service.MessagingConnectionString);

        await Service.PublishAsync(CareEvents.Touchpoint("opted-out", customer, Service.Clock.GetUtcNow(), TouchpointKinds.OrderPlaced));

        var task = Assert.Single(await OutreachRequests.WaitForTasksAsync(care, customer));
        var skipped = (await OutreachRequests.GetAsync(care, task.Id)).Task;
        Assert.Equal((OutreachStatuses.Skipped, OutreachOutcomes.Skipped, ContactRules.OptedOut, (OutreachDeliveryResponse?)null),
            (skipped.Status, skipped.Outcome, skipped.Reason, skipped.Delivery));
        var decision = Assert.Single(await BudgetRequests.DecisionsAsync(care, customer));
        Assert.Equal((ContactRules.OptedOut, (DateTimeOffset?)null, task.Id), (decision.Rule, decision.DeferredUntil, decision.OutreachTaskId));
        // The delivery would have been written in the same transaction as the skip.
        Assert.Equal(0, await Sql.CountAsync(Service.DatabaseConnectionString, "deliveries", $"id = '{task.Id}'"));
        Assert.Equal(OutreachOutcomes.Skipped, Assert.Single(await completed.WaitForAsync(m => m.OutreachId == task.Id, 1)).Message.Outcome);
    }

    [Fact]
    public async Task An_sms_goes_to_the_tenants_webhook_signed_and_without_a_webhook_it_is_suppressed_as_no_webhook()
    {
        var hooked = await SmsCustomerAsync("sms-hooked");
        Assert.Equal(HttpStatusCode.OK, (await BudgetRequests.PutSettingsAsync(Service.Client("sms-hooked", CxRoles.Admin),
            new { messageWebhook = new { url = fixture.Webhooks.UrlOf("sms-hooked"), secret = Secret } })).StatusCode);
        var unhooked = await SmsCustomerAsync("sms-unhooked");

        await Service.PublishAsync(CareEvents.Touchpoint("sms-hooked", hooked.Customer, Service.Clock.GetUtcNow(), TouchpointKinds.OrderPlaced));
        await Service.PublishAsync(CareEvents.Touchpoint("sms-unhooked", unhooked.Customer, Service.Clock.GetUtcNow(), TouchpointKinds.OrderPlaced));

        var task = Assert.Single(await OutreachRequests.WaitForTasksAsync(hooked.Care, hooked.Customer));
        var sent = await BudgetRequests.WaitForTaskAsync(hooked.Care, task.Id, t => t.Delivery?.Status == "delivered");
        Assert.Equal((ContactChannels.Sms, DeliveryChannelNames.Webhook), (sent.Channel, sent.Delivery!.Channel));
        var request = Assert.Single(fixture.Webhooks.ReceivedFor(task.Id));
        Assert.True(WebhookSignature.Verify(Secret, request.Timestamp, request.Body, request.Signature, Service.Clock.GetUtcNow(), WebhookSignature.DefaultTolerance));
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal(("+41791234567", "sms", task.Id.ToString()),
            (body.RootElement.GetProperty("to").GetString(), body.RootElement.GetProperty("channel").GetString(), body.RootElement.GetProperty("outreachId").GetString()));
        Assert.StartsWith("Welcome, Ana!", body.RootElement.GetProperty("text").GetString());

        var suppressed = Assert.Single(await OutreachRequests.WaitForTasksAsync(unhooked.Care, unhooked.Customer));
        Assert.Equal((OutreachStatuses.Skipped, ContactRules.NoWebhook), (suppressed.Status, suppressed.Reason));
        Assert.Equal(ContactRules.NoWebhook, Assert.Single(await BudgetRequests.DecisionsAsync(unhooked.Care, unhooked.Customer)).Rule);
    }

    private async Task<(HttpClient Care, Guid Customer)> SmsCustomerAsync(string tenant)
    {
        var (care, customer, _) = await CustomerAsync(tenant, ContactChannels.Sms, consent: "granted");
        Assert.Equal(HttpStatusCode.OK, (await CustomerRequests.AddContactPointAsync(care, customer, "phone", "+41 79 123 45 67", verified: true)).StatusCode);
        return (care, customer);
    }

    /// <summary>A customer called Ana who prefers <paramref name="channel"/> and decided <paramref name="consent"/> for care on it.</summary>
    private async Task<(HttpClient Care, Guid Customer, string Email)> CustomerAsync(
        string tenant, string channel, string consent, string? timeZone = null, object? quietHours = null)
    {
        var care = Service.Client(tenant, CxRoles.Care);
        var email = CustomerRequests.NewEmail();
        var customer = await CustomerRequests.CreateAsync(care, email, "Ana Lima", new { language = "en", preferredName = "Ana", preferredChannel = channel, timeZone, quietHours });
        Assert.Equal(HttpStatusCode.OK, (await CustomerRequests.RecordConsentAsync(care, customer.Id, channel, ContactPurposes.Care, consent)).StatusCode);
        return (care, customer.Id, email);
    }

    private static Dictionary<string, object?> ShippedMessagePlaybook() => PlaybookRequests.Body(
        "touchpoint_recorded", new { touchpointKinds = new[] { TouchpointKinds.OrderShipped } },
        new Dictionary<string, string> { ["en"] = "Your order {{touchpoint.order_id}} is on its way, {{customer.preferred_name}}." },
        new { name = "Shipping note", action = "automated_message", kind = "thank_you", channel = "email", priority = "low", due = new { minutes = 60, clock = "calendar" } });

    private DateTimeOffset MoveClockTo(DateTimeOffset instant)
    {
        if (instant > Service.Clock.GetUtcNow())
        {
            Service.Clock.SetUtcNow(instant);
        }
        return Service.Clock.GetUtcNow();
    }

    /// <summary>The next <paramref name="hour"/>:00 UTC after the shared clock's now (today's, if still ahead).</summary>
    private DateTimeOffset NextUtc(int hour)
    {
        var now = Service.Clock.GetUtcNow();
        var today = new DateTimeOffset(now.Date.AddHours(hour), TimeSpan.Zero);
        return today > now ? today : today.AddDays(1);
    }
}
