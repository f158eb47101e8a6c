using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CxPlatform.AppHost.Tests;

/// <summary>
/// Debian's chromium (eng/setup.sh; Playwright never downloads a browser) opens the dashboard: every resource is listed
/// healthy (screenshot in artifacts/screenshots/), and a killed process shows up as a restart.
/// </summary>
[Collection(ProcessesCollection.Name)]
public sealed partial class DashboardBrowserTests(AppHostFixture apphost)
{
    private static readonly float Patience = (float)TimeSpan.FromSeconds(30).TotalMilliseconds;

    [Fact]
    public async Task The_dashboard_shows_every_resource_healthy_and_a_killed_process_restarting()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 700 } });
        await page.GotoAsync(apphost.DashboardUrl);

        foreach (var name in AppHostFixture.ResourceNames)
        {
            await Expect(page.Locator($"tr[data-resource='{name}'] td.health")).ToHaveTextAsync("Healthy", new() { Timeout = Patience });
        }
        await Expect(page.Locator("tr[data-resource]")).ToHaveCountAsync(AppHostFixture.ResourceNames.Length);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = DebianChromium.ScreenshotPath("apphost-dashboard.png"), FullPage = true });

        var before = await apphost.ResourceAsync("browsed");
        using (var process = Process.GetProcessById(before.ProcessId!.Value))
        {
            process.Kill();
        }
        var restarts = page.Locator("tr[data-resource='browsed'] td.restarts");
        await Expect(restarts).ToHaveTextAsync(new Regex($"^{before.Restarts + 1}\\b"), new() { Timeout = Patience });
        await Expect(page.Locator("tr[data-resource='browsed'] td.state")).ToHaveTextAsync("Running", new() { Timeout = Patience });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = DebianChromium.ScreenshotPath("apphost-dashboard-restart.png"), FullPage = true });
    }

    [Fact]
    public async Task The_console_view_follows_a_resource_and_filters_by_search()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"{apphost.DashboardUrl}/#console");

        await page.Locator("#console-resource").SelectOptionAsync("talker");
        await page.Locator("#console-search").FillAsync("oops");

        await Expect(page.Locator("#console-output .err")).ToHaveTextAsync(new Regex("oops: on standard error"), new() { Timeout = Patience });
        await Expect(page.Locator("#console-output")).Not.ToContainTextAsync("tick");
    }
}

/// <summary>Tests that stop, start or kill processes run one after another: the browser test wants every resource healthy.</summary>
[CollectionDefinition(Name)]
public sealed class ProcessesCollection
{
    public const string Name = "processes";
}
