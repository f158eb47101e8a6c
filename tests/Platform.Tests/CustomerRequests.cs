extern alias care;

using System.Net;
using System.Net.Http.Json;
using care::CxPlatform.Care.Apis;

namespace CxPlatform.Platform.Tests;

/// <summary>What a care agent's client sends CareOutreach's REST API; each helper asserts the call worked.</summary>
internal static class CustomerRequests
{
    public static async Task<CustomerResponse> CreateAsync(HttpClient careOutreach, string email, string fullName)
    {
        var response = await careOutreach.PostAsJsonAsync("/api/v1/customers", new
        {
            fullName,
            contactPoints = new[] { new { kind = "email", value = email } },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<CustomerResponse>())!;
    }

    /// <summary>Records the customer's decision for <paramref name="purpose"/> on <paramref name="channel"/> (<c>granted</c> | <c>withdrawn</c>).</summary>
    public static async Task RecordConsentAsync(HttpClient careOutreach, Guid customerId, string channel, string purpose, string decision)
    {
        var response = await careOutreach.PostAsJsonAsync($"/api/v1/customers/{customerId}/consents", new { channel, purpose, decision, source = "phone call" });
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    public static async Task<CustomerResponse> GetAsync(HttpClient careOutreach, Guid customerId)
    {
        var response = await careOutreach.GetAsync($"/api/v1/customers/{customerId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<CustomerResponse>())!;
    }

    public static async Task<HttpStatusCode> StatusOfAsync(HttpClient careOutreach, Guid customerId) =>
        (await careOutreach.GetAsync($"/api/v1/customers/{customerId}")).StatusCode;

    /// <summary>Every live customer of the caller's tenant.</summary>
    public static async Task<IReadOnlyList<CustomerResponse>> ListAsync(HttpClient careOutreach) =>
        (await careOutreach.GetFromJsonAsync<CustomerPage>("/api/v1/customers?limit=100"))!.Items;
}
