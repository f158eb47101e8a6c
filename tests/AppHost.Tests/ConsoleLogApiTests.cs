using System.Net;
using System.Net.Http.Json;
using CxPlatform.AppHost.Hosting.Dashboard;

namespace CxPlatform.AppHost.Tests;

/// <summary><c>GET /api/resources/{name}/logs</c> on the output of a real child process.</summary>
public sealed class ConsoleLogApiTests(AppHostFixture apphost)
{
    [Fact]
    public async Task Standard_output_and_error_are_kept_and_searchable()
    {
        var page = await LogsAsync("talker", "?search=OOPS");

        var line = Assert.Single(page.Lines);
        Assert.Equal("oops: on standard error", line.Text);
        Assert.True(line.IsError);

        var all = await LogsAsync("talker", "");
        Assert.Contains(all.Lines, candidate => candidate.Text == "hello from talker" && !candidate.IsError);
    }

    [Fact]
    public async Task A_follower_asking_after_the_last_line_gets_only_new_lines()
    {
        var first = await LogsAsync("talker", "?search=tick");
        ConsoleLogResponse? next = null;
        await AppHostFixture.WaitUntilAsync(async () =>
        {
            next = await LogsAsync("talker", $"?search=tick&after={first.LastSequence}");
            return next.Lines.Count > 0;
        }, TimeSpan.FromSeconds(10));

        Assert.All(next!.Lines, line => Assert.True(line.Sequence > first.LastSequence));
        Assert.All(next.Lines, line => Assert.StartsWith("tick ", line.Text));
    }

    [Fact]
    public async Task An_unknown_resource_has_no_log()
    {
        using var response = await apphost.Http.GetAsync("/api/resources/nothing/logs");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<ConsoleLogResponse> LogsAsync(string name, string query) =>
        (await apphost.Http.GetFromJsonAsync<ConsoleLogResponse>($"/api/resources/{name}/logs{query}", AppHostFixture.Json))!;
}
