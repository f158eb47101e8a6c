using System.Diagnostics;
using System.Globalization;

namespace CxPlatform.AppHost.Hosting.Processes;

internal static class ProcessSignals
{
    /// <summary>Asks the process to shut down gracefully (SIGTERM; ASP.NET Core then stops its host).</summary>
    public static async Task TerminateAsync(int processId)
    {
        if (OperatingSystem.IsWindows())
        {
            Process.GetProcessById(processId).Kill(entireProcessTree: true);
            return;
        }
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-s", "TERM", processId.ToString(CultureInfo.InvariantCulture)])
        {
            UseShellExecute = false,
            RedirectStandardError = true,
        });
        if (kill is not null)
        {
            await kill.WaitForExitAsync();
        }
    }

    public static bool IsAlive(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
