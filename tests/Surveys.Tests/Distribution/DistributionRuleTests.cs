using System.Net;
using System.Net.Http.Json;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Testing;
using static CxPlatform.Surveys.Tests.Distribution.DistributionRequests;

namespace CxPlatform.Surveys.Tests.Distribution;

public sealed class DistributionRuleTests(DistributionFactory factory) : IClassFixture<DistributionFactory>
{

    [Theory]
    [InlineData("""{ "trigger": "ticket_closed", "delayHours": 1, "expiryDays": 7 }""", "trigger")]
    [InlineData("""{ "trigger": "ticket_solved", "delayHours": 721, "expiryDays": 7 }""", "delayHours")]
    [InlineData("""{ "trigger": "ticket_solved", "delayHours": 1, "expiryDays": 91 }""", "expiryDays")]
    [InlineData("""{ "trigger": "ticket_solved", "delayHours": 1, "expiryDays": 7, "reminderAfterDays": 7 }""", "reminderAfterDays")]
    [InlineData("""{ "trigger": "ticket_solved", "delayHours": 1, "expiryDays": 7, "conditions": { "channels": ["pigeon"] } }""", "conditions.channels")]
    [InlineData("""{ "trigger": "ticket_solved", "delayHours": 1, "expiryDays": 7, "conditions": { "outreachKinds": ["apology"] } }""", "conditions.outreachKinds")]
    [InlineData("""{ "trigger": "outreach_completed", "delayHours": 1, "expiryDays": 7, "conditions": { "ticketTypes": ["question"] } }""", "conditions.ticketTypes")]
    [InlineData("""{ "trigger": "schedule", "delayHours": 0, "expiryDays": 7 }""", "schedule")]
    [InlineData("""{ "trigger": "ticket_solved", "delayHours": 0, "expiryDays": 7, "schedule": { "everyDays": 30, "time": "09:00", "timeZone": "UTC" } }""", "schedule")]
    [InlineData("""{ "trigger": "schedule", "delayHours": 0, "expiryDays": 7, "schedule": { "everyDays": 30, "dayOfMonth": 1, "time": "09:00", "timeZone": "UTC" } }""", "schedule.everyDays")]
    [InlineData("""{ "trigger": "schedule", "delayHours": 0, "expiryDays": 7, "schedule": { "dayOfMonth": 29, "time": "09:00", "timeZone": "UTC" } }""", "schedule.dayOfMonth")]
    [InlineData("""{ "trigger": "schedule", "delayHours": 0, "expiryDays": 7, "schedule": { "dayOfMonth": 1, "time": "9 am", "timeZone": "UTC" } }""", "schedule.time")]
    [InlineData("""{ "trigger": "schedule", "delayHours": 0, "expiryDays": 7, "schedule": { "dayOfMonth": 1, "time": "09:00", "timeZone": "Mars/Olympus" } }""", "schedule.timeZone")]
    [InlineData("""{ "trigger": "schedule", "delayHours": 0, "expiryDays": 7, "schedule": { "dayOfMonth": 1, "time": "09:00", "timeZone": "UTC", "lookBackDays": 0 } }""", "schedule.lookBackDays")]
    [InlineData("""{ "trigger": "schedule", "delayHours": 0, "expiryDays": 7, "conditions": { "tags": ["vip"] }, "schedule": { "dayOfMonth": 1, "time": "09:00", "timeZone": "UTC" } }""", "conditions.tags")]
    public async Task A_bad_rule_is_a_400_naming_the_field_and_changes_nothing(string body, string field)
    {
        var tenant = SurveysApiFactory.NewTenant("rules");
        var admin = factory.Client(tenant, CxRoles.Admin);
        var survey = await SurveyRequests.CreatePublishedAsync(admin, "csat", CsatDefinition());

        var response = await admin.PostAsync($"/api/v1/surveys/{survey.Id}/distribution-rules",
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var problem = await SurveyRequests.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(field, SurveyRequests.ErrorFields(problem));
        Assert.Equal(0, await Sql.CountAsync(factory.DatabaseConnectionString, "distribution_rules", $"\"TenantId\" = '{tenant}'"));
    }

    [Fact]
    public async Task Rules_are_written_by_admins_and_invisible_to_other_tenants()
    {
        var tenant = SurveysApiFactory.NewTenant("rules");
        var (_, surveyId) = await SurveyWithRuleAsync(factory, tenant, TicketRule(conditions: new { ticketTypes = new[] { "complaint" } }));
        var analyst = factory.Client(tenant, CxRoles.Analyst);
        var other = factory.Client(SurveysApiFactory.NewTenant("other"), CxRoles.Admin);

        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PostAsJsonAsync($"/api/v1/surveys/{surveyId}/distribution-rules", TicketRule())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/v1/surveys/{surveyId}/distribution-rules", TicketRule())).StatusCode);
        Assert.Empty((await other.GetFromJsonAsync<List<Apis.DistributionRuleDetails>>($"/api/v1/surveys/{surveyId}/distribution-rules"))!);
        var rules = await analyst.GetFromJsonAsync<List<Apis.DistributionRuleDetails>>($"/api/v1/surveys/{surveyId}/distribution-rules");
        Assert.Equal(["complaint"], Assert.Single(rules!).Conditions.TicketTypes!);
    }
}
