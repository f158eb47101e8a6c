using System.Diagnostics;

namespace CxPlatform.AppHost.Hosting.Processes;

/// <summary>Runs a short command (a build, initdb, pg_ctl) to its end and collects its output.</summary>
internal static class CommandLine
{
    public static async Task<CommandResult> RunAsync(ProcessStartInfo startInfo, CancellationToken cancellationToken)
    {
        var output = new List<string>();
        var standardOutput = new System.Text.StringBuilder();
        void Collect(string line, bool isError)
        {
            lock (output)
            {
                output.Add(line);
                if (!isError)
                {
                    standardOutput.AppendLine(line);
                }
            }
        }

        using var process = ChildProcess.Start(startInfo, Collect);
        try
        {
            var exitCode = await process.WaitForExitAsync(cancellationToken);
            lock (output)
            {
                return new CommandResult(exitCode, [.. output], standardOutput.ToString());
            }
        }
        catch (OperationCanceledException)
        {
            await process.StopAsync(TimeSpan.FromSeconds(5));
            throw;
        }
    }

    public static async Task<CommandResult> RunAsync(
        string file, IEnumerable<string> arguments, CancellationToken cancellationToken, string? runAsUser = null, string? workingDirectory = null)
    {
        var startInfo = ProcessCommand.Create(file, arguments, runAsUser: runAsUser);
        startInfo.WorkingDirectory = workingDirectory ?? "";
        return await RunAsync(startInfo, cancellationToken);
    }
}
