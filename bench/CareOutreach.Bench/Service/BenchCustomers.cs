using System.Net.Http.Json;
using System.Text.Json;
using CxPlatform.ServiceDefaults.Auth;

namespace CxPlatform.Bench.CareOutreach.Service;

/// <summary>
/// Customer profiles as a care agent creates them through the API (an e-mail address, name, language, time zone, preferred
/// channel e-mail) with consent to surveys by e-mail recorded, so GetContactPolicy answers "allowed" after every rule. Not timed.
/// </summary>
public static class BenchCustomers
{
    public const string Tenant = "bench-care";
    private const int Concurrency = 16;

    public static async Task<Guid[]> CreateAsync(CareOutreachService service, int count, CancellationToken cancellationToken)
    {
        var ids = new Guid[count];
        using var care = service.CreateClient(Tenant, CxRoles.Care);
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancellationToken },
            async (index, token) =>
            {
                var created = await ReadAsync(await care.PostAsJsonAsync("/api/v1/customers", new
                {
                    contactPoints = new[] { new { kind = "email", value = $"customer-{index:00000}@example.com" } },
                    fullName = $"Customer {index:00000}",
                    language = index % 3 == 0 ? "de" : "en",
                    timeZone = index % 2 == 0 ? "Europe/Zurich" : "America/New_York",
                    preferredChannel = "email",
                }, token), token);
                var id = created.GetProperty("id").GetGuid();
                await ReadAsync(await care.PostAsJsonAsync($"/api/v1/customers/{id}/consents",
                    new { channel = "email", purpose = "survey", decision = "granted", source = "signup form" }, token), token);
                ids[index] = id;
            });
        return ids;
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"Creating a customer failed: {(int)response.StatusCode} {body}");
            }
            return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
        }
    }
}
