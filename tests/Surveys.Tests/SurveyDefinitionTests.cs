using System.Net;
using System.Net.Http.Json;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Surveys.Apis;
using CxPlatform.Testing;
using static CxPlatform.Surveys.Tests.SurveyRequests;

namespace CxPlatform.Surveys.Tests;

public sealed class SurveyDefinitionTests(SurveysApiFactory factory) : IClassFixture<SurveysApiFactory>
{
    private readonly string _tenant = SurveysApiFactory.NewTenant("defs");
    private HttpClient Admin => factory.CreateClient(_tenant, CxRoles.Admin);

    [Fact]
    public async Task An_nps_survey_gets_the_0_to_10_rating_and_its_why_and_starts_as_the_draft_of_version_1()
    {
        var survey = await CreateAsync(Admin);

        Assert.Null(survey.PublishedVersion);
        Assert.Equal(1, survey.Draft!.Version);
        var definition = survey.Draft.Definition;
        Assert.Equal("en", definition.DefaultLanguage);
        Assert.Equal(["en", "de"], definition.Languages);
        Assert.Equal(["score", "why"], definition.Questions.Select(q => q.Id));
        Assert.Equal((0, 10, true), (definition.Questions[0].Scale!.Min, definition.Questions[0].Scale!.Max, definition.Questions[0].Required));
        Assert.Equal(("free_text", false), (definition.Questions[1].Type, definition.Questions[1].Required));
    }

    [Theory]
    [InlineData("csat", 1, 5)]
    [InlineData("ces", 1, 7)]
    public async Task The_main_question_scale_follows_from_the_kind(string kind, int min, int max)
    {
        var survey = await CreateAsync(Admin, kind);

        Assert.Equal((min, max), (survey.Draft!.Definition.Questions[0].Scale!.Min, survey.Draft.Definition.Questions[0].Scale!.Max));
    }

    [Fact]
    public async Task A_custom_survey_keeps_every_question_type_with_its_settings()
    {
        var survey = await CreateAsync(Admin, "custom", CustomDefinition());

        var questions = survey.Draft!.Definition.Questions;
        Assert.Equal(["rating", "single_choice", "multiple_choice", "free_text"], questions.Select(q => q.Type));
        Assert.Equal((1, 5), (questions[0].Scale!.Min, questions[0].Scale!.Max));
        Assert.Equal(["email", "phone"], questions[1].Choices!.Select(c => c.Id));
        Assert.Equal(500, questions[3].MaxLength);
    }

    [Theory]
    [InlineData("unknown kind", "kind")]
    [InlineData("no main question", "definition.mainQuestion")]
    [InlineData("main question on a custom survey", "definition.mainQuestion")]
    [InlineData("custom survey without questions", "definition.questions")]
    [InlineData("title without the default language", "definition.title")]
    [InlineData("invalid language tag", "definition.title")]
    [InlineData("a language missing from a text", "definition.mainQuestion.text")]
    [InlineData("a language only one text has", "definition.why.text")]
    [InlineData("empty choices", "definition.questions[1].choices")]
    [InlineData("duplicate choice ids", "definition.questions[1].choices[1].id")]
    [InlineData("duplicate question ids", "definition.questions[1].id")]
    [InlineData("reserved question id", "definition.questions[0].id")]
    [InlineData("invalid question id", "definition.questions[0].id")]
    [InlineData("unknown question type", "type")]
    [InlineData("scale starting at 2", "definition.questions[0].scale.min")]
    [InlineData("scale beyond 10", "definition.questions[0].scale.max")]
    [InlineData("rating without a scale", "definition.questions[0].scale")]
    [InlineData("choices on a free-text question", "definition.questions[3].choices")]
    [InlineData("blank text", "definition.questions[0].text")]
    public async Task An_invalid_definition_is_a_400_naming_the_field_and_writes_nothing(string mistake, string field)
    {
        var (kind, definition) = Invalid(mistake);

        var response = await PostSurveyAsync(Admin, kind, definition);

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(ErrorFields(problem), f => f.EndsWith(field, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(0, await Rows.SurveysAsync(factory, _tenant));
    }

    [Fact]
    public async Task Publishing_freezes_version_1_and_an_edit_afterwards_becomes_the_draft_of_version_2()
    {
        var admin = Admin;
        var published = await CreatePublishedAsync(admin);
        Assert.Equal((1, null), (published.PublishedVersion, published.Draft));

        var revised = await ReadAsync<SurveyDetails>(await ReviseAsync(admin, published.Id, NpsDefinition("Version two")), HttpStatusCode.OK);
        Assert.Equal((1, 2), (revised.PublishedVersion, revised.Draft!.Version));
        var second = await PublishAsync(admin, published.Id);

        Assert.Equal((2, null), (second.PublishedVersion, second.Draft));
        var v1 = await admin.GetFromJsonAsync<SurveyVersionDetails>($"/api/v1/surveys/{published.Id}/versions/1");
        var v2 = await admin.GetFromJsonAsync<SurveyVersionDetails>($"/api/v1/surveys/{published.Id}/versions/2");
        Assert.Equal(("How did we do?", "Version two"), (v1!.Definition.Title["en"], v2!.Definition.Title["en"]));
    }

    [Fact]
    public async Task Publishing_without_a_draft_is_a_409_naming_the_rule()
    {
        var published = await CreatePublishedAsync(Admin);

        var response = await Admin.PostAsync($"/api/v1/surveys/{published.Id}/publish", null);

        var problem = await ProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal("survey.nothing_to_publish", problem.GetProperty("rule").GetString());
        Assert.Equal(1L, await Sql.CountAsync(factory.DatabaseConnectionString, "survey_versions", $"\"SurveyId\" = '{published.Id}'"));
    }

    [Fact]
    public async Task An_edit_based_on_a_stale_ETag_is_a_412_and_changes_nothing()
    {
        var admin = Admin;
        var survey = await CreateAsync(admin);
        var etag = (await admin.GetAsync($"/api/v1/surveys/{survey.Id}")).Headers.ETag!.ToString();
        var first = await ReviseAsync(admin, survey.Id, NpsDefinition("First edit"), etag);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        var stale = await ReviseAsync(admin, survey.Id, NpsDefinition("Lost update"), etag);

        await ProblemAsync(stale, HttpStatusCode.PreconditionFailed);
        var current = await admin.GetFromJsonAsync<SurveyDetails>($"/api/v1/surveys/{survey.Id}");
        Assert.Equal("First edit", current!.Draft!.Definition.Title["en"]);
        Assert.Equal(first.Headers.ETag, (await admin.GetAsync($"/api/v1/surveys/{survey.Id}")).Headers.ETag);
    }

    [Fact]
    public async Task Surveys_are_listed_a_page_at_a_time()
    {
        var admin = factory.CreateClient(SurveysApiFactory.NewTenant("list"), CxRoles.Admin);
        var created = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            created.Add((await CreateAsync(admin)).Id);
        }

        var first = await admin.GetFromJsonAsync<SurveyPage>("/api/v1/surveys?limit=2");
        var second = await admin.GetFromJsonAsync<SurveyPage>($"/api/v1/surveys?limit=2&cursor={first!.NextCursor}");

        Assert.Equal(created, first.Items.Concat(second!.Items).Select(s => s.Id));
        Assert.Null(second.NextCursor);
    }

    private static (string Kind, object Definition) Invalid(string mistake)
    {
        var nps = NpsDefinition();
        var custom = CustomDefinition();
        var questions = (object[])custom["questions"]!;
        switch (mistake)
        {
            case "unknown kind":
                return ("pulse", nps);
            case "no main question":
                nps.Remove("mainQuestion");
                return ("nps", nps);
            case "main question on a custom survey":
                custom["mainQuestion"] = new { text = Text("Rate us") };
                return ("custom", custom);
            case "custom survey without questions":
                custom["questions"] = Array.Empty<object>();
                return ("custom", custom);
            case "title without the default language":
                nps["defaultLanguage"] = "fr";
                return ("nps", nps);
            case "invalid language tag":
                nps["title"] = new Dictionary<string, string> { ["en"] = "Hi", ["english_uk"] = "Hi" };
                return ("nps", nps);
            case "a language missing from a text":
                nps["mainQuestion"] = new { text = Text("How likely?") };
                return ("nps", nps);
            case "a language only one text has":
                nps["why"] = new { text = new Dictionary<string, string> { ["en"] = "Why?", ["de"] = "Warum?", ["fr"] = "Pourquoi ?" } };
                return ("nps", nps);
            case "empty choices":
                questions[1] = new { id = "channel", type = "single_choice", text = Text("Which?"), choices = Array.Empty<object>() };
                return ("custom", custom);
            case "duplicate choice ids":
                questions[1] = new { id = "channel", type = "single_choice", text = Text("Which?"), choices = new[] { Choice("a", "A"), Choice("a", "B") } };
                return ("custom", custom);
            case "duplicate question ids":
                questions[1] = new { id = "speed", type = "free_text", text = Text("Again?") };
                return ("custom", custom);
            case "reserved question id":
                questions[0] = new { id = "score", type = "free_text", text = Text("Score?") };
                return ("custom", custom);
            case "invalid question id":
                questions[0] = new { id = "Not An Id", type = "free_text", text = Text("Hm?") };
                return ("custom", custom);
            case "unknown question type":
                questions[0] = new { id = "slider", type = "slider", text = Text("Slide") };
                return ("custom", custom);
            case "scale starting at 2":
                questions[0] = new { id = "speed", type = "rating", text = Text("Fast?"), scale = new { min = 2, max = 5 } };
                return ("custom", custom);
            case "scale beyond 10":
                questions[0] = new { id = "speed", type = "rating", text = Text("Fast?"), scale = new { min = 1, max = 11 } };
                return ("custom", custom);
            case "rating without a scale":
                questions[0] = new { id = "speed", type = "rating", text = Text("Fast?") };
                return ("custom", custom);
            case "choices on a free-text question":
                questions[3] = new { id = "notes", type = "free_text", text = Text("Notes"), choices = new[] { Choice("a", "A"), Choice("b", "B") } };
                return ("custom", custom);
            case "blank text":
                questions[0] = new { id = "speed", type = "rating", text = Text("   "), scale = new { min = 1, max = 5 } };
                return ("custom", custom);
            default:
                throw new ArgumentOutOfRangeException(nameof(mistake), mistake, null);
        }
    }
}
