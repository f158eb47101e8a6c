using System.Net;
using CxPlatform.ServiceDefaults.Auth;
using static CxPlatform.Surveys.Tests.SurveyRequests;

namespace CxPlatform.Surveys.Tests;

/// <summary>Admins write definitions, analysts read them and the results, services and admins invite; respondents need no login.</summary>
public sealed class AuthTests(SurveysApiFactory factory) : IClassFixture<SurveysApiFactory>
{
    private readonly string _tenant = SurveysApiFactory.NewTenant("auth");

    [Fact]
    public async Task Without_a_token_every_admin_and_analyst_endpoint_is_a_401()
    {
        var anonymous = factory.CreateRespondent();
        var id = Guid.NewGuid();

        var responses = new[]
        {
            await PostSurveyAsync(anonymous, "nps", NpsDefinition()),
            await anonymous.GetAsync("/api/v1/surveys"),
            await anonymous.GetAsync($"/api/v1/surveys/{id}/results"),
            await anonymous.GetAsync($"/api/v1/surveys/{id}/responses.csv"),
            await PostInvitationAsync(anonymous, id),
        };

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
    }

    [Fact]
    public async Task Each_role_may_do_only_its_part()
    {
        var survey = await CreatePublishedAsync(factory.CreateClient(_tenant, CxRoles.Admin));
        var analyst = factory.CreateClient(_tenant, CxRoles.Analyst);
        var agent = factory.CreateClient(_tenant, CxRoles.Agent);
        var care = factory.CreateClient(_tenant, CxRoles.Care);
        var service = factory.CreateClient(_tenant, CxRoles.Service);

        Assert.Equal(HttpStatusCode.Forbidden, (await PostSurveyAsync(analyst, "nps", NpsDefinition())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostSurveyAsync(service, "nps", NpsDefinition())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ReviseAsync(analyst, survey.Id, NpsDefinition())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PostAsync($"/api/v1/surveys/{survey.Id}/publish", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostInvitationAsync(analyst, survey.Id)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync($"/api/v1/surveys/{survey.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await care.GetAsync($"/api/v1/surveys/{survey.Id}/results")).StatusCode);
        Assert.Equal(0, await Rows.InvitationsAsync(factory, _tenant));
        Assert.Equal(1, await Rows.SurveysAsync(factory, _tenant));

        Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync($"/api/v1/surveys/{survey.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync($"/api/v1/surveys/{survey.Id}/results")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await PostInvitationAsync(service, survey.Id)).StatusCode);
    }
}
