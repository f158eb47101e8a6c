using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.RegularExpressions;
using CxPlatform.AppHost.Hosting;
using CxPlatform.AppHost.Hosting.Dashboard;
using CxPlatform.AppHost.Hosting.State;

namespace CxPlatform.AppHost.Tests.WholePlatform;

/// <summary>
/// The real AppHost (<c>AppHost/Program.cs</c>) as a developer runs it, in a process of its own: PostgreSQL and RabbitMQ in
/// containers, the databases, the mail server and all four services, built by the solution build (<c>--AppHost:Prebuilt</c>)
/// so that the test does not compile them a second time, and <c>--seed</c> (the demo tenant). Stopped with SIGTERM, as Ctrl+C stops it.
/// </summary>
public sealed partial class WholePlatform : IAsyncLifetime
{
    private static readonly TimeSpan HealthyTimeout = TimeSpan.FromMinutes(8);
    private readonly ConcurrentQueue<string> _output = new();
    private readonly DirectoryInfo _artifacts = Directory.CreateTempSubdirectory("cxp-whole-platform-");
    private Process? _apphost;

    public HttpClient Dashboard { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    public string DashboardUrl => Dashboard.BaseAddress!.ToString();

    /// <summary>What the AppHost printed as its cold start ("All resources healthy in … s").</summary>
    public TimeSpan ColdStart { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var configuration = typeof(WholePlatform).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var appHostDirectory = AppHostPaths.FindAppHostDirectory();
        var assembly = Path.Combine(appHostDirectory, "bin", configuration, "net10.0", "CxPlatform.AppHost.dll");
        var port = LoopbackPort.Next();
        Dashboard.BaseAddress = new Uri($"http://127.0.0.1:{port}/");

        var startInfo = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = appHostDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])[assembly, $"--AppHost:DashboardPort={port}", $"--AppHost:ArtifactsPath={_artifacts.FullName}",
                     "--AppHost:Prebuilt=true", $"--AppHost:Configuration={configuration}", "--AppHost:MaxRestartDelay=00:00:02", "--seed"])
        {
            startInfo.ArgumentList.Add(argument);
        }
        _apphost = Process.Start(startInfo) ?? throw new InvalidOperationException("dotnet did not start.");
        _apphost.OutputDataReceived += (_, line) => Collect(line.Data);
        _apphost.ErrorDataReceived += (_, line) => Collect(line.Data);
        _apphost.BeginOutputReadLine();
        _apphost.BeginErrorReadLine();

        await WaitUntilAllHealthyAsync();
        await AppHostFixture.WaitUntilAsync(() => Task.FromResult(ColdStart > TimeSpan.Zero), TimeSpan.FromSeconds(30));
        await WaitUntilSeededAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_apphost is { HasExited: false })
        {
            using (var terminate = Process.Start("kill", ["-s", "TERM", _apphost.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await terminate.WaitForExitAsync();
            }
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            try
            {
                await _apphost.WaitForExitAsync(patience.Token);
            }
            catch (OperationCanceledException)
            {
                _apphost.Kill(entireProcessTree: true);
            }
        }
        _apphost?.Dispose();
        Dashboard.Dispose();
        _artifacts.Delete(recursive: true);
    }

    public async Task<IReadOnlyList<ResourceResponse>> ResourcesAsync() =>
        await Dashboard.GetFromJsonAsync<List<ResourceResponse>>("api/resources", AppHostFixture.Json) ?? [];

    public async Task<ResourceResponse> ResourceAsync(string name) => (await ResourcesAsync()).Single(resource => resource.Name == name);

    /// <summary>A client of <paramref name="service"/>'s REST endpoint with a development token the AppHost minted.</summary>
    public async Task<HttpClient> ClientAsync(string service, string tenant, params string[] roles)
    {
        var token = await Dashboard.GetFromJsonAsync<TokenResponse>(
            $"api/token?tenant={Uri.EscapeDataString(tenant)}&role={Uri.EscapeDataString(string.Join(',', roles))}", AppHostFixture.Json);
        var endpoint = (await ResourceAsync(service)).Endpoints.Single(e => e.Name == "http");
        var client = new HttpClient { BaseAddress = new Uri(endpoint.Url), Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    /// <summary>The AppHost's console output so far, for failure messages.</summary>
    public string OutputTail(int lines = 60) => string.Join(Environment.NewLine, _output.TakeLast(lines));

    private async Task WaitUntilAllHealthyAsync()
    {
        try
        {
            await AppHostFixture.WaitUntilAsync(async () =>
            {
                if (_apphost!.HasExited)
                {
                    throw new InvalidOperationException($"The AppHost exited with {_apphost.ExitCode}.");
                }
                var resources = await ResourcesAsync();
                return resources.Count > 0 && resources.All(resource => resource.Health == ResourceHealth.Healthy);
            }, HealthyTimeout);
        }
        catch (Exception failure) when (failure is TimeoutException or InvalidOperationException)
        {
            throw new InvalidOperationException($"The platform did not become healthy: {failure.Message}{Environment.NewLine}{OutputTail()}", failure);
        }
    }

    /// <summary>The demo tenant is loaded before any test runs, so that no test (killing a service) interrupts it.</summary>
    private async Task WaitUntilSeededAsync()
    {
        await AppHostFixture.WaitUntilAsync(() => Task.FromResult(_output.Any(line => line.Contains("Seeded the demo tenant", StringComparison.Ordinal)
            || line.Contains("A start-up task failed", StringComparison.Ordinal))), TimeSpan.FromMinutes(4));
        if (_output.Any(line => line.Contains("A start-up task failed", StringComparison.Ordinal)))
        {
            throw new InvalidOperationException($"Seeding the demo tenant failed:{Environment.NewLine}{OutputTail()}");
        }
    }

    private void Collect(string? line)
    {
        if (line is null)
        {
            return;
        }
        _output.Enqueue(line);
        if (ColdStartLine().Match(line) is { Success: true } match)
        {
            ColdStart = TimeSpan.FromSeconds(double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
        }
    }

    [GeneratedRegex(@"All resources healthy in ([0-9]+(?:\.[0-9]+)?) s")]
    private static partial Regex ColdStartLine();
}
