namespace CxPlatform.AppHost.Hosting.Servers;

/// <summary>
/// The container engine and images, as the tests choose them (tests/CxPlatform.Testing/ContainerImages.cs): the official
/// images, unless <c>eng/setup.sh</c> built local equivalents and recorded them in <c>~/.config/cxplatform/containers.env</c>,
/// or the environment names others.
/// </summary>
internal sealed class ContainerSettings
{
    public const string OfficialPostgres = "postgres:16-alpine";
    public const string OfficialRabbitMq = "rabbitmq:3.13-management-alpine";

    private readonly Lazy<IReadOnlyDictionary<string, string>> _recorded = new(ReadRecordedSettings);

    public string PostgresImage => Setting("CXP_POSTGRES_IMAGE") ?? OfficialPostgres;

    public string RabbitMqImage => Setting("CXP_RABBITMQ_IMAGE") ?? OfficialRabbitMq;

    /// <summary>Makes the engine recorded by setup visible to Testcontainers when the shell did not export it.</summary>
    public void ApplyEngineSettings()
    {
        foreach (var key in new[] { "DOCKER_HOST", "TESTCONTAINERS_RYUK_DISABLED" })
        {
            if (Environment.GetEnvironmentVariable(key) is null && _recorded.Value.TryGetValue(key, out var value) && value.Length > 0)
            {
                Environment.SetEnvironmentVariable(key, value);
            }
        }
    }

    private string? Setting(string key) =>
        Environment.GetEnvironmentVariable(key) is { Length: > 0 } fromEnvironment ? fromEnvironment
        : _recorded.Value.TryGetValue(key, out var recorded) && recorded.Length > 0 ? recorded
        : null;

    private static IReadOnlyDictionary<string, string> ReadRecordedSettings()
    {
        var path = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config", "cxplatform", "containers.env");
        if (!File.Exists(path))
        {
            return new Dictionary<string, string>();
        }
        return File.ReadAllLines(path)
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#') && line.Contains('='))
            .Select(line => line.Split('=', 2))
            .ToDictionary(parts => parts[0].Trim(), parts => parts[1].Trim().Trim('"'));
    }
}
