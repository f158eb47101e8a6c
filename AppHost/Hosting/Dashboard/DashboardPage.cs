using System.Text.Json;
using CxPlatform.ServiceDefaults.Auth;

namespace CxPlatform.AppHost.Hosting.Dashboard;

/// <summary>
/// The dashboard's one page (dashboard.html, embedded): plain HTML and JavaScript that reads the JSON APIs every two seconds;
/// no build step.
/// </summary>
internal static class DashboardPage
{
    public static readonly string Html = Load();

    private static string Load()
    {
        using var stream = typeof(DashboardPage).Assembly.GetManifestResourceStream("dashboard.html")
            ?? throw new InvalidOperationException("The dashboard page is not embedded in the AppHost.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("__ROLES__", JsonSerializer.Serialize(CxRoles.All), StringComparison.Ordinal);
    }
}
