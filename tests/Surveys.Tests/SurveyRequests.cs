using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CxPlatform.Surveys.Apis;

namespace CxPlatform.Surveys.Tests;

/// <summary>Requests as an admin, a calling service and a respondent would send them.</summary>
internal static class SurveyRequests
{
    public static Dictionary<string, string> Text(string english, string? german = null) =>
        german is null ? new() { ["en"] = english } : new() { ["en"] = english, ["de"] = german };

    /// <summary>An NPS definition in English and German with the "why" follow-up.</summary>
    public static Dictionary<string, object?> NpsDefinition(string title = "How did we do?") => new()
    {
        ["defaultLanguage"] = "en",
        ["title"] = Text(title, "Wie war es?"),
        ["mainQuestion"] = new { text = Text("How likely are you to recommend us?", "Wie wahrscheinlich empfehlen Sie uns?") },
        ["why"] = new { text = Text("Why?", "Warum?") },
    };

    public static Dictionary<string, object?> CustomDefinition() => new()
    {
        ["defaultLanguage"] = "en",
        ["title"] = Text("Your visit"),
        ["questions"] = new object[]
        {
            new { id = "speed", type = "rating", required = true, text = Text("How fast?"), scale = new { min = 1, max = 5 } },
            new { id = "channel", type = "single_choice", text = Text("Which channel?"), choices = new[] { Choice("email", "E-mail"), Choice("phone", "Phone") } },
            new { id = "liked", type = "multiple_choice", text = Text("What did you like?"), choices = new[] { Choice("staff", "Staff"), Choice("price", "Price") } },
            new { id = "notes", type = "free_text", text = Text("Anything else?"), maxLength = 500 },
        },
    };

    public static object Choice(string id, string text) => new { id, text = Text(text) };

    public static Task<HttpResponseMessage> PostSurveyAsync(HttpClient admin, string kind, object definition, bool anonymous = false) =>
        admin.PostAsJsonAsync("/api/v1/surveys", new { name = $"{kind} survey", kind, anonymous, definition });

    public static async Task<SurveyDetails> CreateAsync(HttpClient admin, string kind = "nps", object? definition = null, bool anonymous = false)
    {
        var response = await PostSurveyAsync(admin, kind, definition ?? NpsDefinition(), anonymous);
        return await ReadAsync<SurveyDetails>(response, HttpStatusCode.Created);
    }

    public static async Task<SurveyDetails> PublishAsync(HttpClient admin, Guid surveyId) =>
        await ReadAsync<SurveyDetails>(await admin.PostAsync($"/api/v1/surveys/{surveyId}/publish", null), HttpStatusCode.OK);

    public static async Task<SurveyDetails> CreatePublishedAsync(HttpClient admin, string kind = "nps", object? definition = null, bool anonymous = false)
    {
        var survey = await CreateAsync(admin, kind, definition, anonymous);
        return await PublishAsync(admin, survey.Id);
    }

    public static Task<HttpResponseMessage> ReviseAsync(HttpClient admin, Guid surveyId, object definition, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/surveys/{surveyId}/draft") { Content = JsonContent.Create(new { definition }) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        return admin.SendAsync(request);
    }

    public static Task<HttpResponseMessage> PostInvitationAsync(HttpClient caller, Guid surveyId, object? body = null) =>
        caller.PostAsJsonAsync($"/api/v1/surveys/{surveyId}/invitations", body ?? new { customerId = Guid.NewGuid() });

    public static async Task<InvitationDetails> InviteAsync(HttpClient caller, Guid surveyId, object? body = null) =>
        await ReadAsync<InvitationDetails>(await PostInvitationAsync(caller, surveyId, body), HttpStatusCode.Created);

    public static Task<HttpResponseMessage> AnswerAsync(HttpClient respondent, string token, object answers, bool complete = false) =>
        respondent.PostAsJsonAsync($"/s/{token}/answers", new { answers, complete });

    public static async Task<AnswersReceipt> AnswerOkAsync(HttpClient respondent, string token, object answers, bool complete = false) =>
        await ReadAsync<AnswersReceipt>(await AnswerAsync(respondent, token, answers, complete), HttpStatusCode.OK);

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.True(response.StatusCode == expected, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }

    /// <summary>The problem of a refused request, checked for its status.</summary>
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement;
    }

    public static IReadOnlyList<string> ErrorFields(JsonElement problem) =>
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
}
