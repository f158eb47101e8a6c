namespace CxPlatform.AppHost.Hosting.Model;

/// <summary>
/// Any program run as a child process (Aspire's <c>AddExecutable</c>): started with its arguments in its working folder,
/// restarted when it exits, healthy while it runs.
/// </summary>
public sealed class ExecutableResource(string name, string command, string workingDirectory, IReadOnlyList<string> arguments)
    : Resource(name, "executable")
{
    private readonly Dictionary<string, string> _environment = new(StringComparer.Ordinal);

    public string Command { get; } = command;

    public string WorkingDirectory { get; } = workingDirectory;

    public IReadOnlyList<string> Arguments { get; } = arguments;

    public IReadOnlyDictionary<string, string> Environment => _environment;

    internal void SetEnvironment(string name, string value) => _environment[name] = value;
}
