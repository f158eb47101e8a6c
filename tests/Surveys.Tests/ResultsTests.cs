using System.Net;
using System.Net.Http.Json;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Surveys.Results;
using static CxPlatform.Surveys.Tests.SurveyRequests;

namespace CxPlatform.Surveys.Tests;

public sealed class ResultsTests(SurveysApiFactory factory) : IClassFixture<SurveysApiFactory>
{
    private readonly string _tenant = SurveysApiFactory.NewTenant("results");
    private readonly HttpClient _respondent = factory.CreateRespondent();
    private HttpClient Admin => factory.CreateClient(_tenant, CxRoles.Admin);
    private HttpClient Analyst => factory.CreateClient(_tenant, CxRoles.Analyst);

    [Fact]
    public async Task Results_count_what_was_sent_and_answered_and_score_the_completed_responses()
    {
        var survey = await CreatePublishedAsync(Admin);
        var invitations = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            invitations.Add((await InviteAsync(Admin, survey.Id)).Token);
        }
        await AnswerOkAsync(_respondent, invitations[0], new { score = 10, why = "Great" }, complete: true);
        await AnswerOkAsync(_respondent, invitations[1], new { score = 9 }, complete: true);
        await AnswerOkAsync(_respondent, invitations[2], new { score = 3, why = "Slow" }, complete: true);
        await AnswerOkAsync(_respondent, invitations[3], new { score = 0 });

        var results = await Analyst.GetFromJsonAsync<SurveyResults>($"/api/v1/surveys/{survey.Id}/results");

        Assert.Equal((5, 3, 1, 0.6), (results!.Sent, results.Answered, results.PartiallyAnswered, results.ResponseRate));
        var nps = results.Nps!;
        Assert.Equal(("nps-v1", 3, 2, 0, 1), (nps.FormulaVersion, nps.Responses, nps.Promoters, nps.Passives, nps.Detractors));
        Assert.Equal(100.0 / 3, nps.Score!.Value, 0.01);
        Assert.True(nps.Interval!.Lower < nps.Score && nps.Score < nps.Interval.Upper);
        Assert.Equal(11, results.Distribution.Count);
        Assert.Equal([(3, 1), (9, 1), (10, 1)], results.Distribution.Where(d => d.Count > 0).Select(d => (d.Score, d.Count)));
        Assert.Equal(["Slow", "Great"], results.Comments.Select(c => c.Comment));
        Assert.Equal("detractor", results.Comments[0].Category);
        Assert.Null(results.Csat);
    }

    [Fact]
    public async Task Results_without_responses_have_no_score_and_periods_select_invitations_by_creation()
    {
        var survey = await CreatePublishedAsync(Admin, "csat");
        await InviteAsync(Admin, survey.Id);
        var tomorrow = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddDays(1).ToString("O"));

        var now = await Analyst.GetFromJsonAsync<SurveyResults>($"/api/v1/surveys/{survey.Id}/results");
        var future = await Analyst.GetFromJsonAsync<SurveyResults>($"/api/v1/surveys/{survey.Id}/results?from={tomorrow}");
        var backwards = await Analyst.GetAsync($"/api/v1/surveys/{survey.Id}/results?from={tomorrow}&to=2020-01-01T00:00:00Z");

        Assert.Equal((1, 0, 0.0), (now!.Sent, now.Answered, now.ResponseRate));
        Assert.Equal((null, null, 0), (now.Csat!.Score, now.Csat.Interval, now.Csat.Responses));
        Assert.Equal((0, null), (future!.Sent, future.ResponseRate));
        Assert.Contains("to", ErrorFields(await ProblemAsync(backwards, HttpStatusCode.BadRequest)));
    }

    [Fact]
    public async Task Results_of_one_version_leave_the_others_out()
    {
        var admin = Admin;
        var survey = await CreatePublishedAsync(admin, "ces");
        await AnswerOkAsync(_respondent, (await InviteAsync(admin, survey.Id)).Token, new { score = 2 }, complete: true);
        await ReviseAsync(admin, survey.Id, NpsDefinition("Second"));
        await PublishAsync(admin, survey.Id);
        await AnswerOkAsync(_respondent, (await InviteAsync(admin, survey.Id)).Token, new { score = 6 }, complete: true);

        var second = await Analyst.GetFromJsonAsync<SurveyResults>($"/api/v1/surveys/{survey.Id}/results?version=2");
        var all = await Analyst.GetFromJsonAsync<SurveyResults>($"/api/v1/surveys/{survey.Id}/results");

        Assert.Equal((1, 6.0), (second!.Answered, second.Ces!.Mean));
        Assert.Equal((2, 4.0), (all!.Answered, all.Ces!.Mean));
    }

    [Fact]
    public async Task The_CSV_export_has_a_row_per_response_quotes_per_RFC_4180_and_defuses_formulas()
    {
        var survey = await CreatePublishedAsync(Admin);
        var first = await InviteAsync(Admin, survey.Id);
        var second = await InviteAsync(Admin, survey.Id);
        await AnswerOkAsync(_respondent, first.Token, new { score = 2, why = "=HYPERLINK(\"http://evil.example\",\"click\")" }, complete: true);
        await AnswerOkAsync(_respondent, second.Token, new { score = 8, why = "Good, but \"slow\"\nsecond line" });

        var response = await Analyst.GetAsync($"/api/v1/surveys/{survey.Id}/responses.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var csv = await response.Content.ReadAsStringAsync();
        var lines = csv.Split("\r\n");
        Assert.StartsWith("response_id,invitation_id,survey_version,language,", lines[0], StringComparison.Ordinal);
        Assert.EndsWith(",comment,answer.score,answer.why", lines[0], StringComparison.Ordinal);
        Assert.Contains(",2,detractor,nps-v1,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",2,\"'=HYPERLINK(", csv, StringComparison.Ordinal);
        Assert.Contains(",\"Good, but \"\"slow\"\"\nsecond line\"\r\n", csv, StringComparison.Ordinal);
        // Header, two rows, and the empty rest after the final CRLF: the line break inside the quoted comment is a bare LF.
        Assert.Equal(4, lines.Length);
        Assert.Contains(first.CustomerId!.Value.ToString(), csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_survey_has_no_results()
    {
        var results = await Analyst.GetAsync($"/api/v1/surveys/{Guid.NewGuid()}/results");
        var csv = await Analyst.GetAsync($"/api/v1/surveys/{Guid.NewGuid()}/responses.csv");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (results.StatusCode, csv.StatusCode));
    }
}
