using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using CxPlatform.AppHost.Hosting;
using CxPlatform.AppHost.Hosting.Dashboard;
using CxPlatform.AppHost.Hosting.State;

[assembly: AssemblyFixture(typeof(CxPlatform.AppHost.Tests.AppHostFixture))]

namespace CxPlatform.AppHost.Tests;

/// <summary>
/// A real AppHost (dashboard, orchestrator, OTLP receiver) whose resources are real child processes (<c>sleep</c>,
/// <c>sh</c>): no PostgreSQL, RabbitMQ or service builds, so it starts in about a second. Each test class uses resources
/// of its own, since classes run in parallel.
/// </summary>
public sealed class AppHostFixture : IAsyncLifetime
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>The resources and who uses them.</summary>
    public static readonly string[] ResourceNames = ["controlled", "crasher", "talker", "browsed"];

    private readonly CancellationTokenSource _stop = new();
    private readonly DirectoryInfo _artifacts = Directory.CreateTempSubdirectory("cxp-apphost-tests-");
    private Task? _run;

    public string DashboardUrl { get; private set; } = "";

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    public async ValueTask InitializeAsync()
    {
        var port = LoopbackPort.Next();
        DashboardUrl = $"http://127.0.0.1:{port}";
        Http.BaseAddress = new Uri(DashboardUrl);
        var builder = DistributedApplication.CreateBuilder([
            $"--AppHost:DashboardPort={port}", $"--AppHost:ArtifactsPath={_artifacts.FullName}",
            "--AppHost:StopTimeout=00:00:05", "--AppHost:MaxRestartDelay=00:00:01",
            "--Logging:LogLevel:Default=Warning",
        ]);
        builder.AddExecutable("controlled", "sleep", ".", "3600");
        builder.AddExecutable("crasher", "sleep", ".", "3600");
        builder.AddExecutable("talker", "/bin/sh", ".", "-c",
            "echo 'hello from talker'; echo 'oops: on standard error' >&2; i=0; while true; do i=$((i+1)); echo \"tick $i\"; sleep 0.2; done");
        builder.AddExecutable("browsed", "sleep", ".", "3600");
        var app = builder.Build();
        _run = app.RunAsync(_stop.Token);

        await WaitUntilAsync(async () => (await ResourcesAsync()).All(resource => resource.Health == ResourceHealth.Healthy), TimeSpan.FromSeconds(60));
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_run is not null)
        {
            await _run.WaitAsync(TimeSpan.FromSeconds(60));
        }
        Http.Dispose();
        _stop.Dispose();
        _artifacts.Delete(recursive: true);
    }

    public async Task<IReadOnlyList<ResourceResponse>> ResourcesAsync() =>
        await Http.GetFromJsonAsync<List<ResourceResponse>>("/api/resources", Json) ?? [];

    public async Task<ResourceResponse> ResourceAsync(string name) => (await ResourcesAsync()).Single(resource => resource.Name == name);

    public static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            try
            {
                if (await condition())
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // The dashboard is not listening yet.
            }
            if (deadline.IsCancellationRequested)
            {
                throw new TimeoutException($"Not true within {timeout.TotalSeconds:0} s.");
            }
            await Task.Delay(100);
        }
    }
}
