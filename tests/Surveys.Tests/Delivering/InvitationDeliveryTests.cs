using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CxPlatform.Contracts;
using CxPlatform.Contracts.Grpc.CareOutreach;
using CxPlatform.Delivery;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Surveys.Apis;
using CxPlatform.Surveys.Domain;
using CxPlatform.Surveys.Tests.Distribution;
using CxPlatform.Testing;
using static CxPlatform.Surveys.Tests.Distribution.DistributionRequests;

namespace CxPlatform.Surveys.Tests.Delivering;

/// <summary>
/// Invitations end to end: the API or a distribution rule → the contact policy (stand-in) → the delivery queue → a real SMTP server
/// or webhook receiver; then the link, followed through the public endpoint. Each test its own tenant.
/// </summary>
public sealed partial class InvitationDeliveryTests(DeliveringSurveys fixture) : IClassFixture<DeliveringSurveys>
{
    private const string Secret = "a-webhook-secret-for-surveys";
    private DistributionFactory Service => fixture.Service;

    [Fact]
    public async Task An_invitation_by_API_is_emailed_in_its_language_with_a_link_that_opens_the_survey_and_SurveyInvitationSent_is_published_once()
    {
        var tenant = SurveysApiFactory.NewTenant("mail");
        var customerId = Guid.NewGuid();
        Allow(customerId, ContactChannels.Email, "ana@example.com");
        var surveyId = (await SurveyRequests.CreatePublishedAsync(Service.Client(tenant, CxRoles.Admin))).Id;
        var caller = Service.Client(tenant, CxRoles.Service);
        await using var sent = await BrokerProbe<SurveyInvitationSent>.StartAsync(Service.MessagingConnectionString);

        var created = await SurveyRequests.InviteAsync(caller, surveyId, new { customerId, language = "de-CH" });

        var invitation = await WaitForAsync(caller, surveyId, created.Id, i => i.Delivery?.Status == "delivered");
        Assert.Equal((InvitationStatuses.Sent, ContactChannels.Email, DeliveryChannelNames.Email), (invitation.Status, invitation.Channel, invitation.Delivery!.Channel));
        Assert.NotNull(invitation.SentAt);
        var email = Assert.Single(await fixture.Smtp.WaitForAsync(created.Id));
        Assert.Equal(["ana@example.com"], email.RcptTos);
        Assert.Equal("Wie war es?", email.Message.Subject);
        Assert.StartsWith("Wir würden gerne von Ihnen hören.", email.Message.TextBody);
        var link = LinkIn(email.Message.TextBody);
        Assert.Equal(created.Link, link);

        var opened = await Service.CreateRespondent().GetAsync(new Uri(link).PathAndQuery);
        var survey = await SurveyRequests.ReadAsync<JsonElement>(opened, HttpStatusCode.OK);
        Assert.Equal("Wie war es?", survey.GetProperty("title").GetString());
        Assert.Equal(InvitationStatuses.Opened, (await GetAsync(caller, surveyId, created.Id)).Status);

        var published = Assert.Single(await sent.WaitForAsync(m => m.InvitationId == created.Id, 1, settle: TimeSpan.FromSeconds(1)));
        Assert.Equal((customerId, ContactChannels.Email, surveyId, (Guid?)null), (published.Message.CustomerId, published.Message.Channel, published.Message.SurveyId, published.Message.DistributionRuleId));
        Assert.Equal(1, await SentEventsAsync(tenant));
    }

    [Fact]
    public async Task A_rule_invitation_is_reminded_once_by_email_only_while_it_is_unanswered()
    {
        var tenant = SurveysApiFactory.NewTenant("remind");
        var (admin, surveyId) = await SurveyWithRuleAsync(Service, tenant, TicketRule(delayHours: 0, reminderAfterDays: 3, expiryDays: 7));
        var caller = Service.Client(tenant, CxRoles.Service);
        var (silent, answering) = (Guid.NewGuid(), Guid.NewGuid());
        Allow(silent, ContactChannels.Email, "silent@example.com");
        Allow(answering, ContactChannels.Email, "answering@example.com");

        await Service.PublishAsync(Solved(tenant, silent, Service.Clock.GetUtcNow()));
        await Service.PublishAsync(Solved(tenant, answering, Service.Clock.GetUtcNow()));
        var issued = await PlannedWhenAsync(admin, surveyId, p => p.Count == 2 && p.All(x => x.Status == PlannedInvitationStatuses.Issued));
        var silentId = issued.Single(p => p.CustomerId == silent).InvitationId!.Value;
        var answeringId = issued.Single(p => p.CustomerId == answering).InvitationId!.Value;
        Assert.Single(await fixture.Smtp.WaitForAsync(silentId));
        var answeringMail = Assert.Single(await fixture.Smtp.WaitForAsync(answeringId));
        await SurveyRequests.AnswerOkAsync(Service.CreateRespondent(), TokenOf(LinkIn(answeringMail.Message.TextBody)), new { score = 5 }, complete: true);

        Service.Clock.Advance(TimeSpan.FromDays(3));

        var reminded = await WaitForAsync(caller, surveyId, silentId, i => i.ReminderDelivery?.Status == "delivered");
        Assert.Equal((Service.Clock.GetUtcNow(), (DateTimeOffset?)null), (reminded.RemindedAt!.Value, reminded.ReminderDueAt));
        var reminder = Assert.Single(await fixture.Smtp.WaitForAsync(reminded.ReminderDelivery!.Id));
        Assert.Equal(["silent@example.com"], reminder.RcptTos);
        Assert.Equal("Reminder: How did we do?", reminder.Message.Subject);
        Assert.Equal(reminded.Link, LinkIn(reminder.Message.TextBody));
        var notReminded = await WaitForAsync(caller, surveyId, answeringId, i => i.ReminderDueAt is null);
        Assert.Equal((ContactRules.ReminderNotNeeded, (DateTimeOffset?)null, (InvitationDelivery?)null), (notReminded.ReminderSkipRule, notReminded.RemindedAt, notReminded.ReminderDelivery));

        Service.Clock.Advance(TimeSpan.FromDays(1));
        await Task.Delay(1000); // a second reminder would have been sent by now
        Assert.Equal(2, fixture.Smtp.Received.Count(m => m.RcptTos.Contains("silent@example.com")));
        Assert.Single(fixture.Smtp.Received, m => m.RcptTos.Contains("answering@example.com"));
        Assert.Equal(2, await SentEventsAsync(tenant)); // one per invitation; a reminder is no new invitation
    }

    [Fact]
    public async Task A_customer_who_prefers_SMS_gets_a_signed_webhook_when_the_tenant_has_one_and_an_email_otherwise()
    {
        var tenant = SurveysApiFactory.NewTenant("sms");
        var noWebhookTenant = SurveysApiFactory.NewTenant("nohook");
        var hook = $"sms-{Guid.NewGuid():N}";
        await PutSettingsAsync(Service.Client(tenant, CxRoles.Admin),
            new { throttleDays = 30, apologyQuietDays = 7, messageWebhook = new { url = fixture.Webhooks.UrlOf(hook), secret = Secret } });
        var customerId = Guid.NewGuid();
        Allow(customerId, ContactChannels.Email, "sam@example.com", preferred: ContactChannels.Sms);
        Allow(customerId, ContactChannels.Sms, "+41791234567", preferred: ContactChannels.Sms, kind: "phone");
        var caller = Service.Client(tenant, CxRoles.Service);
        var surveyId = (await SurveyRequests.CreatePublishedAsync(Service.Client(tenant, CxRoles.Admin))).Id;

        var created = await SurveyRequests.InviteAsync(caller, surveyId, new { customerId });

        var invitation = await WaitForAsync(caller, surveyId, created.Id, i => i.Delivery?.Status == "delivered");
        Assert.Equal((ContactChannels.Sms, DeliveryChannelNames.Webhook), (invitation.Channel, invitation.Delivery!.Channel));
        var request = Assert.Single(fixture.Webhooks.ReceivedFor(created.Id));
        Assert.Equal(hook, request.Hook);
        Assert.True(WebhookSignature.Verify(Secret, request.Timestamp, request.Body, request.Signature, Service.Clock.GetUtcNow(), WebhookSignature.DefaultTolerance));
        Assert.False(WebhookSignature.Verify("another-secret-of-enough-length", request.Timestamp, request.Body, request.Signature, Service.Clock.GetUtcNow(), WebhookSignature.DefaultTolerance));
        var body = JsonDocument.Parse(request.BodyText).RootElement;
        Assert.Equal(("survey_invitation", "sms", "+41791234567", created.Link), (body.GetProperty("type").GetString(), body.GetProperty("channel").GetString(),
            body.GetProperty("address").GetString(), body.GetProperty("link").GetString()));
        Assert.Contains(created.Link, body.GetProperty("text").GetString());
        Assert.Empty(fixture.Smtp.ReceivedFor(created.Id));

        // Without a webhook the preferred SMS is not usable: e-mail.
        var otherCaller = Service.Client(noWebhookTenant, CxRoles.Service);
        var otherSurvey = (await SurveyRequests.CreatePublishedAsync(Service.Client(noWebhookTenant, CxRoles.Admin))).Id;
        var byEmail = await SurveyRequests.InviteAsync(otherCaller, otherSurvey, new { customerId });
        Assert.Equal(ContactChannels.Email, (await WaitForAsync(otherCaller, otherSurvey, byEmail.Id, i => i.Delivery?.Status == "delivered")).Channel);
        Assert.Equal(["sam@example.com"], Assert.Single(await fixture.Smtp.WaitForAsync(byEmail.Id)).RcptTos);
    }

    [Fact]
    public async Task A_customer_who_prefers_a_channel_Surveys_cannot_use_and_has_no_email_is_not_sent_and_the_rule_is_recorded()
    {
        var tenant = SurveysApiFactory.NewTenant("nochan");
        var customerId = Guid.NewGuid();
        Service.StandIns.Policies[$"{customerId:d}/{ContactChannels.Email}"] = new ContactPolicy
        {
            Allowed = false, DenialReason = DenialReason.NoContactPoint, PreferredChannel = ContactChannels.Phone,
        };
        var caller = Service.Client(tenant, CxRoles.Service);
        var surveyId = (await SurveyRequests.CreatePublishedAsync(Service.Client(tenant, CxRoles.Admin))).Id;

        var created = await SurveyRequests.InviteAsync(caller, surveyId, new { customerId });

        var invitation = await WaitForAsync(caller, surveyId, created.Id, i => i.SendDueAt is null);
        Assert.Equal((InvitationStatuses.Created, ContactRules.NoUsableChannel, (InvitationDelivery?)null, (string?)null),
            (invitation.Status, invitation.NotSentRule, invitation.Delivery, invitation.Channel));
        Assert.Equal(0, await SentEventsAsync(tenant));
    }

    [Fact]
    public async Task A_delivery_the_SMTP_server_refuses_for_good_leaves_the_invitation_visibly_failed()
    {
        var tenant = SurveysApiFactory.NewTenant("refused");
        var customerId = Guid.NewGuid();
        Allow(customerId, ContactChannels.Email, "rejected-someone@example.com");
        var caller = Service.Client(tenant, CxRoles.Service);
        var surveyId = (await SurveyRequests.CreatePublishedAsync(Service.Client(tenant, CxRoles.Admin))).Id;

        var created = await SurveyRequests.InviteAsync(caller, surveyId, new { customerId });

        var invitation = await WaitForAsync(caller, surveyId, created.Id, i => i.Delivery?.Status == "failed");
        Assert.Equal(InvitationStatuses.Sent, invitation.Status);
        Assert.Contains("550", invitation.Delivery!.LastError);
        Assert.NotNull(invitation.Delivery.FailedAt);
        Assert.Empty(fixture.Smtp.ReceivedFor(created.Id));
        // The service goes on: the next invitation is delivered.
        var next = await SurveyRequests.InviteAsync(caller, surveyId, new { customerId = Guid.NewGuid() });
        await WaitForAsync(caller, surveyId, next.Id, i => i.Delivery?.Status == "delivered");
    }

    [Fact]
    public async Task An_invitation_with_deliver_false_is_never_sent()
    {
        var tenant = SurveysApiFactory.NewTenant("nosend");
        var caller = Service.Client(tenant, CxRoles.Service);
        var surveyId = (await SurveyRequests.CreatePublishedAsync(Service.Client(tenant, CxRoles.Admin))).Id;

        var created = await SurveyRequests.InviteAsync(caller, surveyId, new { customerId = Guid.NewGuid(), deliver = false });
        await Task.Delay(1000);

        var invitation = await GetAsync(caller, surveyId, created.Id);
        Assert.Equal((InvitationStatuses.Created, (DateTimeOffset?)null, (InvitationDelivery?)null), (invitation.Status, invitation.SendDueAt, invitation.Delivery));
    }

    private void Allow(Guid customerId, string channel, string address, string preferred = "", string kind = "email") =>
        Service.StandIns.Policies[$"{customerId:d}/{channel}"] = new ContactPolicy
        {
            Allowed = true, PreferredChannel = preferred, ContactPoint = new ContactPoint { Kind = kind, Value = address },
        };

    private static async Task PutSettingsAsync(HttpClient admin, object settings) =>
        await SurveyRequests.ReadAsync<SurveySettingsDetails>(await admin.PutAsJsonAsync("/api/v1/survey-settings", settings), HttpStatusCode.OK);

    private static async Task<InvitationDetails> GetAsync(HttpClient caller, Guid surveyId, Guid id) =>
        (await caller.GetFromJsonAsync<InvitationDetails>($"/api/v1/surveys/{surveyId}/invitations/{id}"))!;

    private static Task<InvitationDetails> WaitForAsync(HttpClient caller, Guid surveyId, Guid id, Func<InvitationDetails, bool> until) =>
        Eventually.ReturnsAsync(() => GetAsync(caller, surveyId, id), until);

    private Task<long> SentEventsAsync(string tenant) =>
        Sql.CountAsync(Service.DatabaseConnectionString, "outbox_messages", $"tenant_id = '{tenant}' AND message_type LIKE '%SurveyInvitationSent%'");

    private static string LinkIn(string? text) => Link().Match(text ?? "") is { Success: true } match ? match.Value : throw new Xunit.Sdk.XunitException($"No link in: {text}");

    private static string TokenOf(string link) => Uri.UnescapeDataString(new Uri(link).AbsolutePath["/s/".Length..]);

    [GeneratedRegex(@"http://localhost/s/\S+")]
    private static partial Regex Link();
}
