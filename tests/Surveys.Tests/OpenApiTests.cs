using System.Net.Http.Json;
using System.Text.Json;
using CxPlatform.ServiceDefaults.Idempotency;

namespace CxPlatform.Surveys.Tests;

public sealed class OpenApiTests(SurveysApiFactory factory) : IClassFixture<SurveysApiFactory>
{
    [Fact]
    public async Task The_document_describes_every_endpoint_and_the_Idempotency_Key_of_creating_posts()
    {
        var document = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        foreach (var path in new[]
        {
            "/api/v1/surveys", "/api/v1/surveys/{id}", "/api/v1/surveys/{id}/draft", "/api/v1/surveys/{id}/publish",
            "/api/v1/surveys/{id}/versions/{version}", "/api/v1/surveys/{surveyId}/invitations", "/api/v1/surveys/{id}/results",
            "/api/v1/surveys/{id}/responses.csv", "/s/{token}", "/s/{token}/answers",
        })
        {
            Assert.True(paths.TryGetProperty(path, out _), path);
        }
        foreach (var path in new[] { "/api/v1/surveys", "/api/v1/surveys/{surveyId}/invitations" })
        {
            var parameters = paths.GetProperty(path).GetProperty("post").GetProperty("parameters");
            Assert.Contains(parameters.EnumerateArray(), p => p.GetProperty("name").GetString() == IdempotencyHeaders.Key);
        }
    }
}
