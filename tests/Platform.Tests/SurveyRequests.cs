extern alias surveys;

using System.Net;
using System.Net.Http.Json;
using CxPlatform.Testing;
using surveys::CxPlatform.Surveys.Apis;

namespace CxPlatform.Platform.Tests;

/// <summary>What an admin's client sends Surveys' REST API; each helper asserts the call worked.</summary>
internal static class SurveyRequests
{
    /// <summary>A published CSAT survey with one <c>ticket_solved</c> rule that issues at once (delay 0).</summary>
    public static async Task<Guid> PublishedWithImmediateTicketSolvedRuleAsync(HttpClient admin)
    {
        var survey = await ReadAsync<SurveyDetails>(await admin.PostAsJsonAsync("/api/v1/surveys", new
        {
            name = "csat survey",
            kind = "csat",
            anonymous = false,
            definition = new
            {
                defaultLanguage = "en",
                title = new Dictionary<string, string> { ["en"] = "How did we do?" },
                mainQuestion = new { text = new Dictionary<string, string> { ["en"] = "How satisfied are you?" } },
            },
        }), HttpStatusCode.Created);
        await ReadAsync<SurveyDetails>(await admin.PostAsync($"/api/v1/surveys/{survey.Id}/publish", null), HttpStatusCode.OK);
        await ReadAsync<DistributionRuleDetails>(await admin.PostAsJsonAsync($"/api/v1/surveys/{survey.Id}/distribution-rules",
            new { trigger = "ticket_solved", delayHours = 0, expiryDays = 7 }), HttpStatusCode.Created);
        return survey.Id;
    }

    public static async Task<List<PlannedInvitationDetails>> PlannedAsync(HttpClient admin, Guid surveyId, string? status = null) =>
        (await admin.GetFromJsonAsync<List<PlannedInvitationDetails>>(
            $"/api/v1/surveys/{surveyId}/planned-invitations{(status is null ? "" : $"?status={status}")}"))!;

    /// <summary>Waits until the survey's planned invitation for <paramref name="ticketId"/> is decided (issued or skipped) and answers it.</summary>
    public static async Task<PlannedInvitationDetails> DecidedAsync(HttpClient admin, Guid surveyId, Guid ticketId)
    {
        var planned = await Eventually.ReturnsAsync(
            () => PlannedAsync(admin, surveyId),
            p => p.Any(x => x.RelatedTicketId == ticketId && x.Status != "planned"),
            TimeSpan.FromSeconds(60));
        return Assert.Single(planned, x => x.RelatedTicketId == ticketId && x.Status != "planned");
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.True(response.StatusCode == expected, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }
}
