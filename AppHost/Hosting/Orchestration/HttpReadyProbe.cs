using System.Net;

namespace CxPlatform.AppHost.Hosting.Orchestration;

internal static class HttpReadyProbe
{
    public const string ClientName = "health";

    /// <summary>Healthy when the service answers 200 on its readiness endpoint (its database and broker answer too).</summary>
    public static async Task<bool> IsReadyAsync(HttpClient client, string url, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await client.GetAsync(url, cancellationToken);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
