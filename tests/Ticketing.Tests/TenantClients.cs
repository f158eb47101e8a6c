using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Testing;

namespace CxPlatform.Ticketing.Tests;

internal static class TenantClients
{
    /// <summary>A fresh tenant per test keeps numbers, groups and macros of one test out of another's way.</summary>
    public static string NewTenant(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..24];

    public static HttpClient CreateClientAs(this TicketingApiFactory factory, string tenant, string subject, params string[] roles)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", DevelopmentTokens.Create(TestTokens.SigningKey, tenant, roles, subject: subject));
        return client;
    }
}
