using System.Text.Json;
using CxPlatform.AppHost.Hosting.Model;
using CxPlatform.AppHost.Hosting.Processes;
using Microsoft.Extensions.Logging;

namespace CxPlatform.AppHost.Hosting.Orchestration;

/// <summary>
/// Builds each project once per run, into the AppHost's own artifacts folder so that it never collides with a developer's
/// build of the same projects; or, with <see cref="AppHostOptions.Prebuilt"/>, finds the assembly a solution build left.
/// </summary>
internal sealed class ProjectBuilder(
    AppHostPaths paths, AppHostOptions options, ResourceOutput output, TimeProvider time, ILogger<ProjectBuilder> logger) : IDisposable
{
    // Projects share ServiceDefaults' outputs: one build at a time.
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <returns>The path of the built assembly.</returns>
    public async Task<string> BuildAsync(ProjectResource project, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return options.Prebuilt ? await FindBuiltAsync(project, cancellationToken) : await BuildIntoArtifactsAsync(project, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<string> BuildIntoArtifactsAsync(ProjectResource project, CancellationToken cancellationToken)
    {
        logger.LogInformation("Building {Resource} ({Project})", project.Name, Path.GetFileName(project.ProjectPath));
        var started = time.GetTimestamp();
        var result = await RunDotnetAsync(project,
            ["build", project.ProjectPath, "-c", options.Configuration, "--artifacts-path", paths.ArtifactsDirectory,
             "-nologo", "-v:q", "-nodeReuse:false", "-getTargetResult:Build"],
            "Building", cancellationToken);
        using var json = JsonOutput(result.StandardOutput);
        var assemblyPath = json.RootElement
            .GetProperty("TargetResults").GetProperty("Build").GetProperty("Items")[0].GetProperty("FullPath").GetString()
            ?? throw new InvalidOperationException("The build named no assembly.");
        logger.LogInformation("Built {Resource} in {Seconds:0.0} s", project.Name, time.GetElapsedTime(started).TotalSeconds);
        return assemblyPath;
    }

    private async Task<string> FindBuiltAsync(ProjectResource project, CancellationToken cancellationToken)
    {
        var result = await RunDotnetAsync(project,
            ["msbuild", project.ProjectPath, $"-p:Configuration={options.Configuration}", "-nologo", "-getProperty:TargetPath"],
            "Evaluating", cancellationToken);
        var assemblyPath = result.StandardOutput.Trim();
        if (!File.Exists(assemblyPath))
        {
            throw new InvalidOperationException(
                $"'{project.Name}' is not built: {assemblyPath} is missing. Build the solution first (dotnet build -c {options.Configuration}) or start without --AppHost:Prebuilt.");
        }
        logger.LogInformation("Using the prebuilt {Resource}: {Assembly}", project.Name, assemblyPath);
        return assemblyPath;
    }

    private async Task<CommandResult> RunDotnetAsync(ProjectResource project, string[] arguments, string doing, CancellationToken cancellationToken)
    {
        var result = await CommandLine.RunAsync("dotnet", arguments, cancellationToken);
        if (!result.Succeeded)
        {
            foreach (var line in result.Output)
            {
                output.Write(project, line, isError: true);
            }
            throw new InvalidOperationException($"{doing} '{project.Name}' failed (exit code {result.ExitCode}); its output is above.");
        }
        return result;
    }

    /// <summary>The Build target's result (<c>-getTargetResult:Build</c>) is JSON after any other output.</summary>
    private static JsonDocument JsonOutput(string standardOutput) =>
        JsonDocument.Parse(standardOutput[standardOutput.IndexOf('{', StringComparison.Ordinal)..]);

    public void Dispose() => _gate.Dispose();
}
