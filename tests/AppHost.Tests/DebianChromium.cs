using CxPlatform.AppHost.Hosting;
using Microsoft.Playwright;

namespace CxPlatform.AppHost.Tests;

/// <summary>Debian's chromium (eng/setup.sh installs it; Playwright never downloads a browser), headless.</summary>
internal static class DebianChromium
{
    private const string ExecutablePath = "/usr/bin/chromium";

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        Assert.True(File.Exists(ExecutablePath), $"{ExecutablePath} is missing: eng/setup.sh installs Debian's chromium package.");
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // Root in a container has no user namespaces for chromium's sandbox.
            Args = ["--no-sandbox"],
        });
    }

    /// <summary>Where screenshots are kept as artifacts: <c>artifacts/screenshots</c> in the repository.</summary>
    public static string ScreenshotPath(string fileName)
    {
        var screenshots = Path.Combine(AppHostPaths.FindAppHostDirectory(), "..", "artifacts", "screenshots");
        Directory.CreateDirectory(screenshots);
        return Path.Combine(screenshots, fileName);
    }
}
