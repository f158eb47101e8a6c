using System.Net.Http.Json;
using System.Text.Json;
using CxPlatform.ServiceDefaults.Auth;

namespace CxPlatform.Bench.Surveys.Service;

/// <summary>
/// A published CSAT survey with the optional "why", as an admin creates it through the API, and optionally a distribution rule
/// that invites on every solved ticket at once (no conditions, no delay, 7 days to answer).
/// </summary>
public sealed record BenchSurvey(Guid Id, int Version)
{
    public const string Kind = "csat";
    public const int ExpiryDays = 7;

    public static async Task<BenchSurvey> CreateAsync(SurveysService service, string tenant, bool withTicketSolvedRule, CancellationToken cancellationToken)
    {
        using var admin = service.CreateClient(tenant, CxRoles.Admin);
        var created = await ReadAsync(await admin.PostAsJsonAsync("/api/v1/surveys", new
        {
            name = "Support CSAT",
            kind = Kind,
            anonymous = false,
            definition = new
            {
                defaultLanguage = "en",
                title = new { en = "How did we do?" },
                mainQuestion = new { text = new { en = "How satisfied are you with the help you got?" } },
                why = new { text = new { en = "What made the difference?" }, required = false },
            },
        }, cancellationToken), cancellationToken);
        var id = created.GetProperty("id").GetGuid();
        var published = await ReadAsync(await admin.PostAsync($"/api/v1/surveys/{id}/publish", null, cancellationToken), cancellationToken);
        if (withTicketSolvedRule)
        {
            await ReadAsync(await admin.PostAsJsonAsync($"/api/v1/surveys/{id}/distribution-rules",
                new { trigger = "ticket_solved", delayHours = 0, expiryDays = ExpiryDays }, cancellationToken), cancellationToken);
        }
        return new BenchSurvey(id, published.GetProperty("publishedVersion").GetInt32());
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"Setting up the survey failed: {(int)response.StatusCode} {body}");
            }
            return JsonDocument.Parse(body).RootElement.Clone();
        }
    }
}
