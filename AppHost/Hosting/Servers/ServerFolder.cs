using CxPlatform.AppHost.Hosting.Processes;

namespace CxPlatform.AppHost.Hosting.Servers;

internal static class ServerFolder
{
    /// <summary>An empty folder for a local server's data; owned by its system user when the AppHost runs as root.</summary>
    public static async Task RecreateAsync(string path, string systemUser, CancellationToken cancellationToken)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
        Directory.CreateDirectory(path);
        await GiveToAsync(path, systemUser, cancellationToken);
    }

    public static async Task GiveToAsync(string path, string systemUser, CancellationToken cancellationToken)
    {
        if (!Environment.IsPrivilegedProcess)
        {
            return;
        }
        var result = await CommandLine.RunAsync("chown", ["-R", $"{systemUser}:{systemUser}", path], cancellationToken);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"chown {systemUser} {path} failed: {string.Join(Environment.NewLine, result.Output)}");
        }
    }
}
