using System.Net;
using System.Net.Http.Json;
using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Surveys.Apis;
using CxPlatform.Testing;
using static CxPlatform.Surveys.Tests.SurveyRequests;

namespace CxPlatform.Surveys.Tests;

/// <summary>The respondent's side: the signed link, partial and complete answers, and the event a completed response publishes.</summary>
public sealed class PublicResponseTests(SurveysApiFactory factory) : IClassFixture<SurveysApiFactory>
{
    private readonly string _tenant = SurveysApiFactory.NewTenant("respond");
    private readonly HttpClient _respondent = factory.CreateRespondent();
    private HttpClient Admin => factory.CreateClient(_tenant, CxRoles.Admin);

    [Theory]
    [InlineData("de", "de", "Wie wahrscheinlich empfehlen Sie uns?")]
    [InlineData("de-CH", "de", "Wie wahrscheinlich empfehlen Sie uns?")]
    [InlineData("fr", "en", "How likely are you to recommend us?")]
    public async Task The_questions_are_served_in_the_invitations_language_or_else_the_default(string asked, string served, string question)
    {
        var survey = await CreatePublishedAsync(Admin);
        var invitation = await InviteAsync(Admin, survey.Id, new { customerId = Guid.NewGuid(), language = asked });

        var page = await _respondent.GetFromJsonAsync<PublicSurvey>($"/s/{invitation.Token}");

        Assert.Equal((served, question), (page!.Language, page.Questions[0].Text));
        Assert.Equal(("rating", 0, 10), (page.Questions[0].Type, page.Questions[0].Min, page.Questions[0].Max));
        Assert.Equal("opened", page.Status);
    }

    [Fact]
    public async Task Partial_answers_are_kept_and_completing_publishes_SurveyResponded_exactly_once()
    {
        await using var probe = await BrokerProbe<SurveyResponded>.StartAsync(factory.MessagingConnectionString);
        var survey = await CreatePublishedAsync(Admin);
        var (customer, ticket) = (Guid.NewGuid(), Guid.NewGuid());
        var invitation = await InviteAsync(Admin, survey.Id, new { customerId = customer, relatedTicketId = ticket });

        var partial = await AnswerOkAsync(_respondent, invitation.Token, new { score = 9 });
        var reopened = await _respondent.GetFromJsonAsync<PublicSurvey>($"/s/{invitation.Token}");
        var completed = await AnswerOkAsync(_respondent, invitation.Token, new { why = "Quick and friendly" }, complete: true);

        Assert.Equal(("partially_answered", false), (partial.Status, partial.Completed));
        Assert.Equal(["score"], partial.Answered);
        Assert.Equal("partially_answered", reopened!.Status);
        Assert.Equal("9", reopened.Answers["score"].ToString());
        Assert.Equal(("answered", true), (completed.Status, completed.Completed));
        Assert.Equal(["score", "why"], completed.Answered);
        var published = await probe.WaitForAsync(m => m.TenantId == _tenant, 1, settle: TimeSpan.FromSeconds(1));
        var responded = Assert.Single(published).Message;
        Assert.Equal((9, "promoter", "Quick and friendly"), (responded.Score, responded.Category, responded.Comment));
        Assert.Equal((customer, ticket, invitation.Id), (responded.CustomerId, responded.RelatedTicketId, responded.InvitationId));
        Assert.Equal((survey.Id, 1, "nps"), (responded.SurveyId, responded.SurveyVersion, responded.SurveyKind));
        Assert.Equal(1, await Rows.ResponsesAsync(factory, _tenant));
    }

    [Fact]
    public async Task Completing_without_a_required_answer_is_a_409_naming_the_rule_and_keeps_nothing_of_the_request()
    {
        var survey = await CreatePublishedAsync(Admin);
        var invitation = await InviteAsync(Admin, survey.Id);

        var response = await AnswerAsync(_respondent, invitation.Token, new { why = "No score given" }, complete: true);

        var problem = await ProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal("response.required_unanswered", problem.GetProperty("rule").GetString());
        Assert.Equal(0, await Rows.ResponsesAsync(factory, _tenant));
        Assert.Equal(0, await Rows.OutboxAsync(factory, _tenant));
    }

    [Fact]
    public async Task A_reused_invitation_token_is_rejected_without_a_write()
    {
        var survey = await CreatePublishedAsync(Admin);
        var invitation = await InviteAsync(Admin, survey.Id);
        await AnswerOkAsync(_respondent, invitation.Token, new { score = 3 }, complete: true);
        var (invitationBefore, responseBefore, outboxBefore) = await StateAsync(invitation.Id);

        var reopen = await _respondent.GetAsync($"/s/{invitation.Token}");
        var again = await AnswerAsync(_respondent, invitation.Token, new { score = 10 }, complete: true);

        Assert.Equal("invitation.already_answered", (await ProblemAsync(reopen, HttpStatusCode.Conflict)).GetProperty("rule").GetString());
        Assert.Equal("invitation.already_answered", (await ProblemAsync(again, HttpStatusCode.Conflict)).GetProperty("rule").GetString());
        Assert.Equal((invitationBefore, responseBefore, outboxBefore), await StateAsync(invitation.Id));
    }

    [Fact]
    public async Task A_tampered_invitation_token_is_rejected_without_a_write()
    {
        var survey = await CreatePublishedAsync(Admin);
        var invitation = await InviteAsync(Admin, survey.Id);
        var (payload, signature) = (invitation.Token.Split('.')[0], invitation.Token.Split('.')[1]);
        var flipped = signature[..^2] + (signature[^2] == 'A' ? 'B' : 'A') + signature[^1];
        var before = await StateAsync(invitation.Id);

        var tampered = new[] { $"{payload}.{flipped}", $"{payload}x.{signature}", payload, "not-a-token" };
        foreach (var token in tampered)
        {
            var get = await _respondent.GetAsync($"/s/{Uri.EscapeDataString(token)}");
            var post = await AnswerAsync(_respondent, Uri.EscapeDataString(token), new { score = 10 }, complete: true);
            Assert.Equal("invitation.invalid", (await ProblemAsync(get, HttpStatusCode.Forbidden)).GetProperty("rule").GetString());
            Assert.Equal("invitation.invalid", (await ProblemAsync(post, HttpStatusCode.Forbidden)).GetProperty("rule").GetString());
        }

        Assert.Equal(before, await StateAsync(invitation.Id));
        Assert.StartsWith("created|", before.Invitation);
        Assert.Equal("none", before.Response);
    }

    [Fact]
    public async Task Bad_answers_are_a_400_naming_the_answer_and_write_nothing()
    {
        var survey = await CreatePublishedAsync(Admin, "custom", CustomDefinition());
        var invitation = await InviteAsync(Admin, survey.Id);

        var cases = new (object Answers, string Field)[]
        {
            (new { speed = 6 }, "answers.speed"),
            (new { speed = "fast" }, "answers.speed"),
            (new { channel = "fax" }, "answers.channel"),
            (new { liked = new[] { "staff", "staff" } }, "answers.liked"),
            (new { notes = new string('x', 501) }, "answers.notes"),
            (new { unknown = 1 }, "answers.unknown"),
        };
        foreach (var (answers, field) in cases)
        {
            var response = await AnswerAsync(_respondent, invitation.Token, answers);
            Assert.Contains(field, ErrorFields(await ProblemAsync(response, HttpStatusCode.BadRequest)));
        }

        Assert.Equal(0, await Rows.ResponsesAsync(factory, _tenant));
        Assert.StartsWith("created|", await Rows.InvitationStateAsync(factory, invitation.Id));
    }

    [Fact]
    public async Task Every_question_type_is_answered_and_withdrawn_answers_are_removed()
    {
        var survey = await CreatePublishedAsync(Admin, "custom", CustomDefinition());
        var invitation = await InviteAsync(Admin, survey.Id);

        await AnswerOkAsync(_respondent, invitation.Token, new { speed = 4, channel = "phone", liked = new[] { "price", "staff" }, notes = "=cmd" });
        var receipt = await AnswerOkAsync(_respondent, invitation.Token, new { channel = (string?)null }, complete: true);

        Assert.Equal(["speed", "liked", "notes"], receipt.Answered);
        var answers = await Sql.ScalarAsync<string>(factory.DatabaseConnectionString,
            $"SELECT \"Answers\"::text FROM survey_responses WHERE \"InvitationId\" = '{invitation.Id}'");
        Assert.Contains("\"choices\": [\"staff\", \"price\"]", answers, StringComparison.Ordinal);
        Assert.DoesNotContain("phone", answers, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_response_is_tied_to_the_version_its_invitation_was_made_for_after_a_new_version_is_published()
    {
        await using var probe = await BrokerProbe<SurveyResponded>.StartAsync(factory.MessagingConnectionString);
        var admin = Admin;
        var survey = await CreatePublishedAsync(admin);
        var early = await InviteAsync(admin, survey.Id);
        await ReviseAsync(admin, survey.Id, NpsDefinition("Version two"));
        await PublishAsync(admin, survey.Id);
        var late = await InviteAsync(admin, survey.Id);

        var earlyPage = await _respondent.GetFromJsonAsync<PublicSurvey>($"/s/{early.Token}");
        await AnswerOkAsync(_respondent, early.Token, new { score = 7 }, complete: true);
        await AnswerOkAsync(_respondent, late.Token, new { score = 8 }, complete: true);

        Assert.Equal(("How did we do?", 1, 2), (earlyPage!.Title, early.SurveyVersion, late.SurveyVersion));
        var versions = await Sql.ScalarAsync<string>(factory.DatabaseConnectionString,
            $"SELECT string_agg(\"SurveyVersion\"::text, ',' ORDER BY \"Score\") FROM survey_responses WHERE \"SurveyId\" = '{survey.Id}'");
        Assert.Equal("1,2", versions);
        var published = await probe.WaitForAsync(m => m.SurveyId == survey.Id, 2);
        Assert.Equal([(7, 1), (8, 2)], published.Select(m => (m.Message.Score!.Value, m.Message.SurveyVersion)).OrderBy(p => p.Item1));
    }

    [Fact]
    public async Task A_response_to_an_anonymous_survey_stores_no_customer_id()
    {
        await using var probe = await BrokerProbe<SurveyResponded>.StartAsync(factory.MessagingConnectionString);
        var survey = await CreatePublishedAsync(Admin, "csat", anonymous: true);
        var invitation = await InviteAsync(Admin, survey.Id, new { customerId = Guid.NewGuid() });

        await AnswerOkAsync(_respondent, invitation.Token, new { score = 4 }, complete: true);

        Assert.Equal(1, await Sql.CountAsync(factory.DatabaseConnectionString, "survey_responses",
            $"\"InvitationId\" = '{invitation.Id}' AND \"CustomerId\" IS NULL AND \"Score\" = 4"));
        var responded = Assert.Single(await probe.WaitForAsync(m => m.SurveyId == survey.Id, 1)).Message;
        Assert.Equal((null, 4, null), (responded.CustomerId, responded.Score, responded.Category));
    }

    private async Task<(string Invitation, string Response, long Outbox)> StateAsync(Guid invitationId) =>
        (await Rows.InvitationStateAsync(factory, invitationId), await Rows.ResponseStateAsync(factory, invitationId), await Rows.OutboxAsync(factory, _tenant));
}
