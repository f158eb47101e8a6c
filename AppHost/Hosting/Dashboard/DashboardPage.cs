using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using CxPlatform.AppHost.Hosting.Orchestration;
using CxPlatform.AppHost.Hosting.State;
using CxPlatform.ServiceDefaults.Auth;

namespace CxPlatform.AppHost.Hosting.Dashboard;

/// <summary>The dashboard's one page: plain HTML rendered on the server, refreshed by the browser every few seconds.</summary>
internal static class DashboardPage
{
    private const string Style = """
        body { font-family: system-ui, sans-serif; margin: 2rem; color: #1f2328; }
        h1 { font-size: 1.4rem; } h2 { font-size: 1.1rem; margin-top: 2rem; }
        table { border-collapse: collapse; width: 100%; }
        th, td { text-align: left; padding: .45rem .7rem; border-bottom: 1px solid #d0d7de; vertical-align: top; }
        th { background: #f6f8fa; font-weight: 600; }
        .Healthy { color: #1a7f37; font-weight: 600; } .Unhealthy, .FailedToStart, .Exited { color: #cf222e; font-weight: 600; }
        .Unknown, .muted { color: #656d76; } code { background: #f6f8fa; padding: .1rem .3rem; }
        """;

    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    public static string Render(IReadOnlyList<ResourceResponse> resources, DistributedApplicationModel model)
    {
        var page = new StringBuilder();
        page.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="5">
            <title>CxPlatform AppHost</title><style>{Style}</style></head><body>
            <h1>CxPlatform AppHost</h1>
            <table><thead><tr><th>Resource</th><th>Type</th><th>State</th><th>Health</th><th>Endpoints</th><th>Source</th><th>Uptime</th><th>Restarts</th></tr></thead><tbody>
            """);
        foreach (var resource in resources)
        {
            page.Append(CultureInfo.InvariantCulture, $"""
                <tr><td><strong>{E(resource.Name)}</strong></td><td>{E(resource.Type)}</td><td class="{resource.State}">{resource.State}</td>
                <td class="{resource.Health}">{resource.Health}</td><td>{Endpoints(resource.Endpoints)}</td><td class="muted">{E(resource.Source ?? "")}</td>
                <td>{Uptime(resource.UptimeSeconds)}</td><td>{resource.Restarts}{ExitCode(resource.LastExitCode)}</td></tr>
                """);
        }
        page.Append("</tbody></table>");

        page.Append("<h2>APIs</h2><ul>");
        foreach (var project in model.Projects)
        {
            page.Append(CultureInfo.InvariantCulture,
                $"""<li>{E(project.Name)}: <a href="{E(project.HttpUrl)}/scalar">OpenAPI UI</a> · <a href="{E(project.HttpUrl)}/openapi/v1.json">document</a></li>""");
        }
        page.Append("</ul>");

        page.Append(CultureInfo.InvariantCulture, $"""
            <h2>Development token</h2>
            <form action="/api/token" method="get">
              <label>Tenant <input name="tenant" value="{StartupReport.DemoTenant}"></label>
              <label>Role <select name="role">{string.Concat(CxRoles.All.Select(role => $"<option{(role == CxRoles.Admin ? " selected" : "")}>{role}</option>"))}</select></label>
              <button type="submit">Create token</button>
            </form>
            <p class="muted">Or <code>curl "{"/api/token?tenant=demo&amp;role=agent"}"</code>, then send <code>Authorization: Bearer &lt;accessToken&gt;</code>.
            Resources as JSON: <a href="/api/resources">/api/resources</a>.</p>
            </body></html>
            """);
        return page.ToString();
    }

    private static string E(string text) => Html.Encode(text);

    private static string Endpoints(IReadOnlyList<ResourceEndpoint> endpoints) => string.Join("<br>", endpoints.Select(endpoint =>
        endpoint.Url.StartsWith("http", StringComparison.Ordinal)
            ? $"""<a href="{E(endpoint.Url)}">{E(endpoint.Url)}</a>"""
            : E(endpoint.Url)));

    private static string Uptime(double? seconds) => seconds is { } value
        ? TimeSpan.FromSeconds(Math.Floor(value)) switch
        {
            { TotalHours: >= 1 } uptime => $"{(int)uptime.TotalHours}h {uptime.Minutes:00}m",
            { TotalMinutes: >= 1 } uptime => $"{uptime.Minutes}m {uptime.Seconds:00}s",
            var uptime => $"{uptime.Seconds}s",
        }
        : "—";

    private static string ExitCode(int? exitCode) => exitCode is { } code ? $" <span class=\"muted\">(last exit {code})</span>" : "";
}
