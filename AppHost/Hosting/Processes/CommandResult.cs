namespace CxPlatform.AppHost.Hosting.Processes;

/// <summary>How a command ended: its exit code, every line it wrote, and its standard output alone (for machine-readable output).</summary>
internal sealed record CommandResult(int ExitCode, IReadOnlyList<string> Output, string StandardOutput)
{
    public bool Succeeded => ExitCode == 0;
}
