using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using CxPlatform.AppHost.Hosting.Dashboard;
using CxPlatform.AppHost.Hosting.State;

namespace CxPlatform.AppHost.Tests;

/// <summary>The dashboard's Stop, Start and Restart, and the restart of a crashed process, against real child processes.</summary>
[Collection(ProcessesCollection.Name)]
public sealed class ProcessControlTests(AppHostFixture apphost)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Stop_keeps_the_resource_stopped_start_and_restart_run_it_again_and_count_as_restarts()
    {
        var before = await apphost.ResourceAsync("controlled");
        var firstProcess = before.ProcessId!.Value;

        var stopped = await CommandAsync("controlled", "stop");
        Assert.Equal(ResourceState.Finished, stopped.State);
        Assert.Null(stopped.ProcessId);
        Assert.False(IsAlive(firstProcess));
        // Not restarted: the supervisor's backoff in the fixture is 1 s.
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        Assert.Equal(ResourceState.Finished, (await apphost.ResourceAsync("controlled")).State);

        var started = await CommandAsync("controlled", "start");
        Assert.Equal(ResourceState.Running, started.State);
        Assert.Equal(before.Restarts + 1, started.Restarts);
        Assert.True(IsAlive(started.ProcessId!.Value));
        await AppHostFixture.WaitUntilAsync(async () => (await apphost.ResourceAsync("controlled")).Health == ResourceHealth.Healthy, Patience);

        var restarted = await CommandAsync("controlled", "restart");
        Assert.Equal(ResourceState.Running, restarted.State);
        Assert.Equal(before.Restarts + 2, restarted.Restarts);
        Assert.NotEqual(started.ProcessId, restarted.ProcessId);
        Assert.False(IsAlive(started.ProcessId.Value));
    }

    [Fact]
    public async Task A_killed_process_is_restarted_and_the_restart_is_shown()
    {
        var before = await apphost.ResourceAsync("crasher");

        using (var process = Process.GetProcessById(before.ProcessId!.Value))
        {
            process.Kill();
        }

        await AppHostFixture.WaitUntilAsync(async () =>
        {
            var now = await apphost.ResourceAsync("crasher");
            return now.Restarts == before.Restarts + 1 && now.State == ResourceState.Running && now.ProcessId != before.ProcessId;
        }, Patience);
        await AppHostFixture.WaitUntilAsync(async () => (await apphost.ResourceAsync("crasher")).Health == ResourceHealth.Healthy, Patience);
        var after = await apphost.ResourceAsync("crasher");
        Assert.NotNull(after.LastExitCode);
        Assert.True(IsAlive(after.ProcessId!.Value));
    }

    [Fact]
    public async Task Unknown_resources_and_commands_are_not_found()
    {
        using var unknownResource = await apphost.Http.PostAsync("/api/resources/nothing/stop", null);
        using var unknownCommand = await apphost.Http.PostAsync("/api/resources/controlled/explode", null);

        Assert.Equal(HttpStatusCode.NotFound, unknownResource.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownCommand.StatusCode);
    }

    private async Task<ResourceResponse> CommandAsync(string name, string command)
    {
        using var response = await apphost.Http.PostAsync($"/api/resources/{name}/{command}", null);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ResourceResponse>(AppHostFixture.Json))!;
    }

    private static bool IsAlive(int processId)
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
