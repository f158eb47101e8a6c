namespace CxPlatform.DevEnvironment;

/// <summary>
/// Which PostgreSQL and RabbitMQ images the tests, benchmarks and AppHost run: the official ones, unless <c>eng/setup.sh</c> built local equivalents
/// (no registry reachable) and recorded them, or the environment names others.
/// </summary>
public static class ContainerImages
{
    public const string OfficialPostgres = "postgres:16-alpine";
    public const string OfficialRabbitMq = "rabbitmq:3.13-management-alpine";

    private static readonly Lazy<IReadOnlyDictionary<string, string>> Recorded = new(ReadRecordedSettings);

    public static string Postgres => Setting("CXP_POSTGRES_IMAGE") ?? OfficialPostgres;
    public static string RabbitMq => Setting("CXP_RABBITMQ_IMAGE") ?? OfficialRabbitMq;

    /// <summary>Makes the container engine recorded by setup visible to Testcontainers when the shell did not export it.</summary>
    public static void ApplyEngineSettings()
    {
        foreach (var key in new[] { "DOCKER_HOST", "TESTCONTAINERS_RYUK_DISABLED" })
        {
            if (Environment.GetEnvironmentVariable(key) is null && Recorded.Value.TryGetValue(key, out var value) && value.Length > 0)
            {
                Environment.SetEnvironmentVariable(key, value);
            }
        }
    }

    private static string? Setting(string key) =>
        Environment.GetEnvironmentVariable(key) is { Length: > 0 } fromEnvironment ? fromEnvironment
        : Recorded.Value.TryGetValue(key, out var recorded) && recorded.Length > 0 ? recorded
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
