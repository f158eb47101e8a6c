using System.Net.Http.Json;
using System.Text.Json;
using CxPlatform.Bench.Surveys.Service;
using CxPlatform.ServiceDefaults.Auth;

namespace CxPlatform.Bench.Surveys.Responses;

/// <summary>
/// Invitations created through the API as another service creates them (<c>deliver: false</c>: the caller passes the link on),
/// each for its own customer; answers their signed tokens. Not timed.
/// </summary>
public static class RespondentLinks
{
    private const int Concurrency = 16;

    public static async Task<string[]> CreateAsync(SurveysService service, BenchSurvey survey, int count, CancellationToken cancellationToken)
    {
        var tokens = new string[count];
        using var caller = service.CreateClient(BenchTenants.Responses, CxRoles.Service);
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancellationToken },
            async (index, token) =>
            {
                using var response = await caller.PostAsJsonAsync(
                    $"/api/v1/surveys/{survey.Id}/invitations",
                    new { customerId = Guid.NewGuid(), relatedTicketId = Guid.NewGuid(), language = "en", deliver = false },
                    token);
                var body = await response.Content.ReadAsStringAsync(token);
                if (!response.IsSuccessStatusCode)
                {
                    throw new InvalidOperationException($"Creating an invitation failed: {(int)response.StatusCode} {body}");
                }
                tokens[index] = JsonDocument.Parse(body).RootElement.GetProperty("token").GetString()!;
            });
        return tokens;
    }
}
