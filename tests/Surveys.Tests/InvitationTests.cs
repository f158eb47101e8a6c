using System.Net;
using System.Net.Http.Json;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.ServiceDefaults.Idempotency;
using CxPlatform.Surveys.Apis;
using CxPlatform.Testing;
using static CxPlatform.Surveys.Tests.SurveyRequests;

namespace CxPlatform.Surveys.Tests;

public sealed class InvitationTests(SurveysApiFactory factory) : IClassFixture<SurveysApiFactory>
{
    private readonly string _tenant = SurveysApiFactory.NewTenant("invite");
    private HttpClient Admin => factory.CreateClient(_tenant, CxRoles.Admin);
    private HttpClient Service => factory.CreateClient(_tenant, CxRoles.Service);

    [Fact]
    public async Task A_service_invites_to_the_published_version_and_gets_a_signed_public_link()
    {
        var survey = await CreatePublishedAsync(Admin);
        var customer = Guid.NewGuid();
        var ticket = Guid.NewGuid();

        var invitation = await InviteAsync(Service, survey.Id, new { customerId = customer, language = "DE-ch", relatedTicketId = ticket });

        Assert.Equal((survey.Id, 1, "created"), (invitation.SurveyId, invitation.SurveyVersion, invitation.Status));
        Assert.Equal((customer, "de-CH", ticket), (invitation.CustomerId, invitation.Language, invitation.RelatedTicketId));
        Assert.Equal($"http://localhost/s/{invitation.Token}", invitation.Link);
        var read = await Service.GetFromJsonAsync<InvitationDetails>($"/api/v1/surveys/{survey.Id}/invitations/{invitation.Id}");
        Assert.Equal(invitation.Link, read!.Link);
        Assert.Equal("created", await Sql.ScalarAsync<string>(factory.DatabaseConnectionString,
            $"SELECT \"Status\" FROM survey_invitations WHERE \"Id\" = '{invitation.Id}'"));
    }

    [Fact]
    public async Task The_same_Idempotency_Key_twice_creates_one_invitation()
    {
        var survey = await CreatePublishedAsync(Admin);
        var key = Guid.NewGuid().ToString();
        var body = new { customerId = Guid.NewGuid() };

        var first = await PostWithKeyAsync(survey.Id, key, body);
        var retry = await PostWithKeyAsync(survey.Id, key, body);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, retry.StatusCode));
        Assert.Equal(["true"], retry.Headers.GetValues(IdempotencyHeaders.Replayed));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal(1, await Rows.InvitationsAsync(factory, _tenant));
    }

    [Fact]
    public async Task Inviting_to_a_survey_that_was_never_published_is_a_409_and_writes_nothing()
    {
        var draft = await CreateAsync(Admin);

        var response = await PostInvitationAsync(Service, draft.Id);

        var problem = await ProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal("survey.not_published", problem.GetProperty("rule").GetString());
        Assert.Equal(0, await Rows.InvitationsAsync(factory, _tenant));
    }

    [Fact]
    public async Task Bad_invitations_are_a_400_naming_the_field_and_write_nothing()
    {
        var survey = await CreatePublishedAsync(Admin);

        var noCustomer = await PostInvitationAsync(Service, survey.Id, new { language = "en" });
        var badLanguage = await PostInvitationAsync(Service, survey.Id, new { customerId = Guid.NewGuid(), language = "english please" });
        var past = await PostInvitationAsync(Service, survey.Id, new { customerId = Guid.NewGuid(), expiresAt = DateTimeOffset.UtcNow.AddDays(-1) });
        var tooLate = await PostInvitationAsync(Service, survey.Id, new { customerId = Guid.NewGuid(), expiresAt = DateTimeOffset.UtcNow.AddYears(2) });

        Assert.Contains("customerId", ErrorFields(await ProblemAsync(noCustomer, HttpStatusCode.BadRequest)));
        Assert.Contains(ErrorFields(await ProblemAsync(badLanguage, HttpStatusCode.BadRequest)), f => f.EndsWith("language", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("expiresAt", ErrorFields(await ProblemAsync(past, HttpStatusCode.BadRequest)));
        Assert.Contains("expiresAt", ErrorFields(await ProblemAsync(tooLate, HttpStatusCode.BadRequest)));
        Assert.Equal(0, await Rows.InvitationsAsync(factory, _tenant));
    }

    [Fact]
    public async Task An_anonymous_survey_may_invite_without_a_customer_id()
    {
        var survey = await CreatePublishedAsync(Admin, anonymous: true);

        var invitation = await InviteAsync(Service, survey.Id, new { language = "en" });

        Assert.Null(invitation.CustomerId);
    }

    [Fact]
    public async Task An_unknown_survey_is_a_404()
    {
        var response = await PostInvitationAsync(Service, Guid.NewGuid());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private Task<HttpResponseMessage> PostWithKeyAsync(Guid surveyId, string key, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/surveys/{surveyId}/invitations") { Content = JsonContent.Create(body) };
        request.Headers.Add(IdempotencyHeaders.Key, key);
        return Service.SendAsync(request);
    }
}
