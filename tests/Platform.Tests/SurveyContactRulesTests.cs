using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Auth;

namespace CxPlatform.Platform.Tests;

/// <summary>
/// Surveys' contact rules asked of the real Ticketing (open tickets) and the real CareOutreach (consent): a ticket solved through
/// Ticketing's API reaches Surveys over the broker, and the invitation it plans is skipped or issued on their answers.
/// </summary>
public sealed class SurveyContactRulesTests(PlatformWithSurveys platform) : IClassFixture<PlatformWithSurveys>
{
    [Fact]
    public async Task A_customer_with_an_open_ticket_in_Ticketing_is_not_surveyed_and_the_skip_names_open_ticket()
    {
        var (ticketing, admin, surveyId, customerId) = await CustomerWhoConsentedAsync("survey-open-ticket", "granted");
        var stillOpen = await TicketRequests.CreateForCustomerAsync(ticketing, customerId, "Where is my refund?");
        var solved = await TicketRequests.CreateForCustomerAsync(ticketing, customerId, "Where is my order?");

        await TicketRequests.SolveAsync(ticketing, solved.Id);

        var decided = await SurveyRequests.DecidedAsync(admin, surveyId, solved.Id);
        Assert.Equal(("skipped", "open_ticket", customerId), (decided.Status, decided.SkipRule, decided.CustomerId));
        Assert.Equal([decided.Id], (await SurveyRequests.PlannedAsync(admin, surveyId, "skipped")).Select(p => p.Id));
        Assert.Null(decided.InvitationId);
        Assert.Equal("new", (await TicketRequests.GetAsync(ticketing, stillOpen.Id)).Status);
    }

    [Fact]
    public async Task A_customer_who_opted_out_of_surveys_in_CareOutreach_is_skipped_as_opted_out()
    {
        var (ticketing, admin, surveyId, customerId) = await CustomerWhoConsentedAsync("survey-opted-out", "withdrawn");
        var solved = await TicketRequests.CreateForCustomerAsync(ticketing, customerId, "Where is my order?");

        await TicketRequests.SolveAsync(ticketing, solved.Id);

        var decided = await SurveyRequests.DecidedAsync(admin, surveyId, solved.Id);
        Assert.Equal(("skipped", "opted_out", customerId), (decided.Status, decided.SkipRule, decided.CustomerId));
        Assert.Equal([decided.Id], (await SurveyRequests.PlannedAsync(admin, surveyId, "skipped")).Select(p => p.Id));
        Assert.Null(decided.InvitationId);
    }

    [Fact]
    public async Task A_customer_without_open_tickets_who_consented_to_surveys_is_issued_an_invitation()
    {
        var (ticketing, admin, surveyId, customerId) = await CustomerWhoConsentedAsync("survey-allowed", "granted");
        var solved = await TicketRequests.CreateForCustomerAsync(ticketing, customerId, "Where is my order?");

        await TicketRequests.SolveAsync(ticketing, solved.Id);

        var decided = await SurveyRequests.DecidedAsync(admin, surveyId, solved.Id);
        Assert.Equal(("issued", null, customerId), (decided.Status, decided.SkipRule, decided.CustomerId));
        Assert.NotNull(decided.InvitationId);
        Assert.Empty(decided.Decisions);
    }

    /// <summary>
    /// A customer of <paramref name="tenant"/> in CareOutreach with an e-mail address and the given survey consent on e-mail, and a
    /// published survey whose rule issues on <c>TicketSolved</c> at once.
    /// </summary>
    private async Task<(HttpClient Ticketing, HttpClient SurveysAdmin, Guid SurveyId, Guid CustomerId)> CustomerWhoConsentedAsync(
        string tenant, string surveyConsent)
    {
        var careOutreach = platform.CareOutreach.CreateRestClient(tenant, CxRoles.Care);
        var customer = await CustomerRequests.CreateAsync(careOutreach, $"{tenant}@example.com", "Sam Survey");
        await CustomerRequests.RecordConsentAsync(careOutreach, customer.Id, ContactChannels.Email, ContactPurposes.Survey, surveyConsent);
        var admin = platform.Surveys.CreateRestClient(tenant, CxRoles.Admin);
        var surveyId = await SurveyRequests.PublishedWithImmediateTicketSolvedRuleAsync(admin);
        return (platform.Ticketing.CreateRestClient(tenant, CxRoles.Agent), admin, surveyId, customer.Id);
    }
}
