using System.Reflection;
using System.Text.Json;

namespace CxPlatform.Bench.Common.Reporting;

/// <summary>Writes a report to <c>bench/results/&lt;name&gt;-&lt;UTC timestamp&gt;.json</c> (git-ignored).</summary>
public static class ReportWriter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task<string> WriteAsync<TReport>(TReport report, string name, DateTimeOffset startedAt)
    {
        var directory = Path.Combine(BenchDirectory(), "results");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"{name}-{startedAt.UtcDateTime:yyyyMMdd-HHmmss}.json");
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(report, Json));
        return path;
    }

    private static string BenchDirectory() =>
        typeof(ReportWriter).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(attribute => attribute.Key == "BenchDirectory")?.Value
        ?? Path.Combine(Directory.GetCurrentDirectory(), "bench");
}
