using System.Text.Json;
using CxPlatform.AppHost.Hosting.Model;
using CxPlatform.AppHost.Hosting.Processes;
using Microsoft.Extensions.Logging;

namespace CxPlatform.AppHost.Hosting.Orchestration;

/// <summary>
/// Builds each project once per run, into the AppHost's own artifacts folder so that it never collides with a developer's
/// build of the same projects.
/// </summary>
internal sealed class ProjectBuilder(AppHostPaths paths, ResourceOutput output, TimeProvider time, ILogger<ProjectBuilder> logger) : IDisposable
{
    // Projects share ServiceDefaults' outputs: one build at a time.
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <returns>The path of the built assembly.</returns>
    public async Task<string> BuildAsync(ProjectResource project, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            logger.LogInformation("Building {Resource} ({Project})", project.Name, Path.GetFileName(project.ProjectPath));
            var started = time.GetTimestamp();
            var result = await CommandLine.RunAsync(
                "dotnet",
                ["build", project.ProjectPath, "-c", "Debug", "--artifacts-path", paths.ArtifactsDirectory,
                 "-nologo", "-v:q", "-nodeReuse:false", "-getTargetResult:Build"],
                cancellationToken);
            if (!result.Succeeded)
            {
                foreach (var line in result.Output)
                {
                    output.Write(project, line, isError: true);
                }
                throw new InvalidOperationException($"Building '{project.Name}' failed (exit code {result.ExitCode}); its output is above.");
            }
            var assemblyPath = BuiltAssembly(result.StandardOutput);
            logger.LogInformation("Built {Resource} in {Seconds:0.0} s", project.Name, time.GetElapsedTime(started).TotalSeconds);
            return assemblyPath;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The Build target's result (<c>-getTargetResult:Build</c>) names the assembly it produced.</summary>
    private static string BuiltAssembly(string standardOutput)
    {
        using var result = JsonDocument.Parse(standardOutput[standardOutput.IndexOf('{', StringComparison.Ordinal)..]);
        return result.RootElement.GetProperty("TargetResults").GetProperty("Build").GetProperty("Items")[0].GetProperty("FullPath").GetString()
            ?? throw new InvalidOperationException("The build named no assembly.");
    }

    public void Dispose() => _gate.Dispose();
}
