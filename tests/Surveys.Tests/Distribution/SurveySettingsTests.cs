using System.Net;
using System.Net.Http.Json;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Surveys.Apis;
using CxPlatform.Surveys.Domain;
using static CxPlatform.Surveys.Tests.Distribution.DistributionRequests;

namespace CxPlatform.Surveys.Tests.Distribution;

/// <summary><c>GET/PUT api/v1/survey-settings</c>: defaults, validation, ETag / If-Match, admins only, and the contact rules using them.</summary>
public sealed class SurveySettingsTests(DistributionFactory factory) : IClassFixture<DistributionFactory>
{
    private static readonly object Valid = new
    {
        throttleDays = 10, apologyQuietDays = 3, emailReplyTo = "feedback@acme.example",
        messageWebhook = new { url = "https://hooks.acme.example/surveys", secret = "a-secret-of-sixteen-plus" },
    };

    [Fact]
    public async Task A_tenant_reads_the_defaults_then_replaces_them_with_its_ETag_and_the_secret_is_never_read_back()
    {
        var admin = factory.Client(SurveysApiFactory.NewTenant("set"), CxRoles.Admin);

        var first = await admin.GetAsync("/api/v1/survey-settings");
        var defaults = await SurveyRequests.ReadAsync<SurveySettingsDetails>(first, HttpStatusCode.OK);
        Assert.Equal((SurveySettings.DefaultThrottleDays, SurveySettings.DefaultApologyQuietDays, (string?)null), (defaults.ThrottleDays, defaults.ApologyQuietDays, defaults.MessageWebhookUrl));
        var etag = first.Headers.ETag!.Tag;

        var replaced = await PutAsync(admin, Valid, etag);
        var saved = await SurveyRequests.ReadAsync<SurveySettingsDetails>(replaced, HttpStatusCode.OK);
        Assert.Equal((10, 3, "https://hooks.acme.example/surveys", "feedback@acme.example"), (saved.ThrottleDays, saved.ApologyQuietDays, saved.MessageWebhookUrl, saved.EmailReplyTo));
        Assert.NotEqual(etag, replaced.Headers.ETag!.Tag);
        var read = await admin.GetAsync("/api/v1/survey-settings");
        Assert.Equal(replaced.Headers.ETag!.Tag, read.Headers.ETag!.Tag);
        Assert.DoesNotContain("a-secret-of-sixteen-plus", await read.Content.ReadAsStringAsync());

        // The first ETag is stale now.
        await SurveyRequests.ProblemAsync(await PutAsync(admin, Valid, etag), HttpStatusCode.PreconditionFailed);
        await SurveyRequests.ProblemAsync(await PutAsync(admin, Valid, "W/\"nonsense\""), HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("""{ "throttleDays": -1, "apologyQuietDays": 7 }""", "throttleDays")]
    [InlineData("""{ "throttleDays": 366, "apologyQuietDays": 7 }""", "throttleDays")]
    [InlineData("""{ "apologyQuietDays": 7 }""", "throttleDays")]
    [InlineData("""{ "throttleDays": 30, "apologyQuietDays": 7, "emailReplyTo": "Acme <feedback@acme.example>" }""", "emailReplyTo")]
    [InlineData("""{ "throttleDays": 30, "apologyQuietDays": 7, "messageWebhook": { "url": "ftp://hooks.acme.example", "secret": "a-secret-of-sixteen-plus" } }""", "messageWebhook.url")]
    [InlineData("""{ "throttleDays": 30, "apologyQuietDays": 7, "messageWebhook": { "url": "https://hooks.acme.example", "secret": "short" } }""", "messageWebhook.secret")]
    public async Task Invalid_settings_are_a_400_naming_the_field_and_nothing_changes(string body, string field)
    {
        var admin = factory.Client(SurveysApiFactory.NewTenant("bad"), CxRoles.Admin);
        var before = await admin.GetAsync("/api/v1/survey-settings");

        var response = await admin.PutAsync("/api/v1/survey-settings", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var problem = await SurveyRequests.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(SurveyRequests.ErrorFields(problem), f => string.Equals(f, field, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(before.Headers.ETag!.Tag, (await admin.GetAsync("/api/v1/survey-settings")).Headers.ETag!.Tag);
    }

    [Fact]
    public async Task Only_admins_read_or_change_the_settings()
    {
        var tenant = SurveysApiFactory.NewTenant("roles");
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.Client(tenant, CxRoles.Analyst).GetAsync("/api/v1/survey-settings")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PutAsync(factory.Client(tenant, CxRoles.Service), Valid, null)).StatusCode);
    }

    [Fact]
    public async Task A_throttle_of_zero_days_lets_a_rule_invite_a_customer_invited_the_same_day()
    {
        var tenant = SurveysApiFactory.NewTenant("nothrottle");
        var (admin, surveyId) = await SurveyWithRuleAsync(factory, tenant, TicketRule(delayHours: 0));
        await SurveyRequests.ReadAsync<SurveySettingsDetails>(await PutAsync(admin, new { throttleDays = 0, apologyQuietDays = 7 }, null), HttpStatusCode.OK);
        var customerId = Guid.NewGuid();
        await SurveyRequests.InviteAsync(factory.Client(tenant, CxRoles.Service), surveyId, new { customerId });

        await factory.PublishAsync(Solved(tenant, customerId, factory.Clock.GetUtcNow()));

        var decided = Assert.Single(await PlannedWhenAsync(admin, surveyId, p => p.Any(x => x.Status != PlannedInvitationStatuses.Planned)));
        Assert.Equal(PlannedInvitationStatuses.Issued, decided.Status);
    }

    private static Task<HttpResponseMessage> PutAsync(HttpClient admin, object body, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, "/api/v1/survey-settings") { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        return admin.SendAsync(request);
    }
}
