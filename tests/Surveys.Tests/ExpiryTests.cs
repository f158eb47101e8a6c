using System.Net;
using System.Net.Http.Json;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Surveys.Apis;
using static CxPlatform.Surveys.Tests.SurveyRequests;

namespace CxPlatform.Surveys.Tests;

public sealed class ExpiryTests(FakeClockSurveysFactory factory) : IClassFixture<FakeClockSurveysFactory>
{
    private readonly string _tenant = SurveysApiFactory.NewTenant("expiry");

    [Fact]
    public async Task An_expired_invitation_token_is_rejected_without_a_write()
    {
        var admin = factory.Client(_tenant, CxRoles.Admin);
        var respondent = factory.CreateRespondent();
        var survey = await CreatePublishedAsync(admin);
        var invitation = await InviteAsync(admin, survey.Id, new { customerId = Guid.NewGuid(), expiresAt = FakeClockSurveysFactory.Start.AddDays(1) });
        await AnswerOkAsync(respondent, invitation.Token, new { score = 5 });
        var before = (await Rows.InvitationStateAsync(factory, invitation.Id), await Rows.ResponseStateAsync(factory, invitation.Id));

        factory.Clock.Advance(TimeSpan.FromDays(1));
        var get = await respondent.GetAsync($"/s/{invitation.Token}");
        var post = await AnswerAsync(respondent, invitation.Token, new { score = 10 }, complete: true);

        Assert.Equal("invitation.expired", (await ProblemAsync(get, HttpStatusCode.Gone)).GetProperty("rule").GetString());
        Assert.Equal("invitation.expired", (await ProblemAsync(post, HttpStatusCode.Gone)).GetProperty("rule").GetString());
        Assert.Equal(before, (await Rows.InvitationStateAsync(factory, invitation.Id), await Rows.ResponseStateAsync(factory, invitation.Id)));
        Assert.Equal(0, await Rows.OutboxAsync(factory, _tenant));
        var read = await admin.GetFromJsonAsync<InvitationDetails>($"/api/v1/surveys/{survey.Id}/invitations/{invitation.Id}");
        Assert.Equal("expired", read!.Status);
    }

    [Fact]
    public async Task An_invitation_may_be_answered_until_just_before_it_expires()
    {
        var admin = factory.Client(_tenant, CxRoles.Admin);
        var survey = await CreatePublishedAsync(admin);
        var invitation = await InviteAsync(admin, survey.Id, new { customerId = Guid.NewGuid(), expiresAt = factory.Clock.GetUtcNow().AddHours(2) });

        factory.Clock.Advance(TimeSpan.FromHours(2) - TimeSpan.FromSeconds(1));
        var receipt = await AnswerOkAsync(factory.CreateRespondent(), invitation.Token, new { score = 10 }, complete: true);

        Assert.True(receipt.Completed);
    }
}
