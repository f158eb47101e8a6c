using System.Reflection;

namespace CxPlatform.AppHost.Hosting;

/// <summary>The AppHost's project folder (project paths are relative to it) and its private artifacts folder.</summary>
public sealed record AppHostPaths(string AppHostDirectory, string ArtifactsDirectory)
{
    public static string FindAppHostDirectory() =>
        typeof(AppHostPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(attribute => attribute.Key == "AppHostProjectDirectory")?.Value
        ?? AppContext.BaseDirectory;

    public static AppHostPaths Create(string appHostDirectory, string? artifactsPath) => new(
        appHostDirectory,
        Path.GetFullPath(artifactsPath ?? Path.Combine(appHostDirectory, "..", "artifacts", "apphost"), appHostDirectory));

    /// <summary>A folder of its own for a locally run server's data and logs.</summary>
    public string ServerDirectory(string resourceName) => Path.Combine(ArtifactsDirectory, "servers", resourceName);
}
