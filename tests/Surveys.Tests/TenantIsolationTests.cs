using System.Net;
using System.Net.Http.Json;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Surveys.Apis;
using CxPlatform.Surveys.Invitations;
using Microsoft.Extensions.DependencyInjection;
using static CxPlatform.Surveys.Tests.SurveyRequests;

namespace CxPlatform.Surveys.Tests;

/// <summary>Another tenant's survey, invitation or link does not exist for a caller, on every endpoint.</summary>
public sealed class TenantIsolationTests(SurveysApiFactory factory) : IClassFixture<SurveysApiFactory>
{
    private readonly string _acme = SurveysApiFactory.NewTenant("iso-acme");
    private readonly string _globex = SurveysApiFactory.NewTenant("iso-globex");

    [Fact]
    public async Task Every_endpoint_answers_404_for_another_tenants_survey_and_changes_nothing()
    {
        var acme = factory.CreateClient(_acme, CxRoles.Admin);
        var globex = factory.CreateClient(_globex, CxRoles.Admin);
        var survey = await CreatePublishedAsync(acme);
        var invitation = await InviteAsync(acme, survey.Id);
        await ReviseAsync(acme, survey.Id, NpsDefinition("Acme's draft"));
        var id = survey.Id;

        var responses = new Dictionary<string, HttpResponseMessage>
        {
            ["get"] = await globex.GetAsync($"/api/v1/surveys/{id}"),
            ["revise"] = await ReviseAsync(globex, id, NpsDefinition("Globex was here")),
            ["publish"] = await globex.PostAsync($"/api/v1/surveys/{id}/publish", null),
            ["version"] = await globex.GetAsync($"/api/v1/surveys/{id}/versions/1"),
            ["invite"] = await PostInvitationAsync(globex, id),
            ["invitation"] = await globex.GetAsync($"/api/v1/surveys/{id}/invitations/{invitation.Id}"),
            ["results"] = await globex.GetAsync($"/api/v1/surveys/{id}/results"),
            ["csv"] = await globex.GetAsync($"/api/v1/surveys/{id}/responses.csv"),
        };
        var list = await globex.GetFromJsonAsync<SurveyPage>("/api/v1/surveys");

        Assert.All(responses, r => Assert.True(r.Value.StatusCode == HttpStatusCode.NotFound, $"{r.Key}: {r.Value.StatusCode}"));
        Assert.Empty(list!.Items);
        var unchanged = await acme.GetFromJsonAsync<SurveyDetails>($"/api/v1/surveys/{id}");
        Assert.Equal((1, 2, "Acme's draft"), (unchanged!.PublishedVersion, unchanged.Draft!.Version, unchanged.Draft.Definition.Title["en"]));
        Assert.Equal(0, await Rows.InvitationsAsync(factory, _globex));
        Assert.Equal(1, await Rows.InvitationsAsync(factory, _acme));
    }

    [Fact]
    public async Task A_link_answers_only_for_its_own_tenant_and_is_useless_with_another_tenant_in_it()
    {
        var acme = factory.CreateClient(_acme, CxRoles.Admin);
        var survey = await CreatePublishedAsync(acme);
        var invitation = await InviteAsync(acme, survey.Id);
        var tokens = factory.Services.GetRequiredService<InvitationTokens>();
        var signature = invitation.Token.Split('.')[1];
        var otherTenantsPayload = tokens.Sign(new InvitationToken(_globex, invitation.Id, invitation.ExpiresAt)).Split('.')[0];
        var globexUser = factory.CreateClient(_globex, CxRoles.Analyst);

        var swapped = await AnswerAsync(factory.CreateRespondent(), $"{otherTenantsPayload}.{signature}", new { score = 0 }, complete: true);
        var signedForGlobex = await factory.CreateRespondent().GetAsync($"/s/{tokens.Sign(new InvitationToken(_globex, invitation.Id, invitation.ExpiresAt))}");
        var fromGlobexSession = await AnswerAsync(globexUser, invitation.Token, new { score = 0 }, complete: true);

        await ProblemAsync(swapped, HttpStatusCode.Forbidden);
        await ProblemAsync(signedForGlobex, HttpStatusCode.Forbidden);
        await ProblemAsync(fromGlobexSession, HttpStatusCode.Forbidden);
        Assert.StartsWith("created|", await Rows.InvitationStateAsync(factory, invitation.Id));
        Assert.Equal(0, await Rows.ResponsesAsync(factory, _acme) + await Rows.ResponsesAsync(factory, _globex));
        Assert.Equal(0, await Rows.OutboxAsync(factory, _globex));
    }
}
