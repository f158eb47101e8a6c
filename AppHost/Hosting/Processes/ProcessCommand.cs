using System.Diagnostics;

namespace CxPlatform.AppHost.Hosting.Processes;

internal static class ProcessCommand
{
    private const string SetSid = "/usr/bin/setsid";
    private const string SetPriv = "/usr/bin/setpriv";

    /// <summary>
    /// A command with its output redirected. <paramref name="ownSession"/>: a terminal's Ctrl+C then reaches only the AppHost,
    /// which stops its children in order. <paramref name="runAsUser"/>: servers that refuse root run as their system user.
    /// </summary>
    public static ProcessStartInfo Create(string file, IEnumerable<string> arguments, bool ownSession = false, string? runAsUser = null)
    {
        List<string> command = [];
        if (ownSession && OperatingSystem.IsLinux() && File.Exists(SetSid))
        {
            // A child that is not a process group leader makes setsid exec in place, so the pid stays the command's.
            command.Add(SetSid);
        }
        if (runAsUser is not null && Environment.IsPrivilegedProcess)
        {
            command.AddRange([SetPriv, $"--reuid={runAsUser}", $"--regid={runAsUser}", "--init-groups", "--"]);
        }
        command.Add(file);
        command.AddRange(arguments);

        var startInfo = new ProcessStartInfo(command[0])
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in command.Skip(1))
        {
            startInfo.ArgumentList.Add(argument);
        }
        return startInfo;
    }
}
