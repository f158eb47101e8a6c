using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace CxPlatform.AppHost.Hosting.Processes;

/// <summary>
/// Notes which service processes this AppHost started, so that the next run can end those of an AppHost that was killed
/// (SIGKILL, a crash of the runtime) before it could stop them.
/// </summary>
internal sealed class ProcessLedger(AppHostPaths paths, ILogger<ProcessLedger> logger)
{
    private string Folder => Path.Combine(paths.ArtifactsDirectory, "processes");

    public void Record(int processId, string commandMarker)
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllLines(EntryPath(processId), [Environment.ProcessId.ToString(CultureInfo.InvariantCulture), commandMarker]);
    }

    public void Forget(int processId) => File.Delete(EntryPath(processId));

    public void EndLeftovers()
    {
        if (!OperatingSystem.IsLinux() || !Directory.Exists(Folder))
        {
            return;
        }
        foreach (var entry in Directory.EnumerateFiles(Folder, "*.pid"))
        {
            var lines = File.ReadAllLines(entry);
            if (lines.Length < 2 || !int.TryParse(Path.GetFileNameWithoutExtension(entry), out var processId) || !int.TryParse(lines[0], out var ownerId))
            {
                File.Delete(entry);
                continue;
            }
            if (ownerId != Environment.ProcessId && ProcessSignals.IsAlive(ownerId))
            {
                continue;
            }
            if (CommandLineOf(processId)?.Contains(lines[1], StringComparison.Ordinal) == true)
            {
                logger.LogWarning("Ending process {ProcessId} ({Command}), left behind by AppHost {OwnerId}", processId, lines[1], ownerId);
                using var leftover = Process.GetProcessById(processId);
                leftover.Kill(entireProcessTree: true);
            }
            File.Delete(entry);
        }
    }

    private string EntryPath(int processId) => Path.Combine(Folder, $"{processId}.pid");

    private static string? CommandLineOf(int processId)
    {
        try
        {
            return File.ReadAllText($"/proc/{processId}/cmdline").Replace('\0', ' ');
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
