using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CxPlatform.Care.Apis;
using CxPlatform.ServiceDefaults.Auth;

namespace CxPlatform.Care.Tests.Goals;

public sealed class CareGoalApiTests(FakeClockCareOutreachFactory factory) : IClassFixture<FakeClockCareOutreachFactory>
{
    [Fact]
    public async Task Every_tenant_starts_with_the_two_default_goals_linked_to_their_playbooks()
    {
        var care = factory.Client("goals-defaults", CxRoles.Care);

        var goals = await CareGoalRequests.ListAsync(care);
        var playbooks = await PlaybookRequests.ListAsync(care);

        goals = [.. goals.OrderBy(g => g.DefaultKey == "detractor-recovery")];
        Assert.Equal(["sla-breach-apology", "detractor-recovery"], goals.Select(g => g.DefaultKey));
        Assert.All(goals, g => Assert.Equal(g.DefaultKey, playbooks.Single(p => p.Id == Assert.Single(g.PlaybookIds)).DefaultKey));
        Assert.Equal([(0.95, "month"), (1.0, "week")], goals.Select(g => (g.TargetRate, g.Period)));
        Assert.All(goals, g => Assert.Equal((0, 0, 0, (double?)null, "on_track"),
            (g.CurrentPeriod.Met, g.CurrentPeriod.Missed, g.CurrentPeriod.Open, g.CurrentPeriod.Attainment, g.CurrentPeriod.State)));
    }

    [Fact]
    public async Task An_admin_creates_replaces_disables_and_deletes_a_goal_with_ETags()
    {
        var admin = factory.Client("goals-crud", CxRoles.Admin);
        var backorders = (await PlaybookRequests.ListAsync(admin)).Single(p => p.DefaultKey == "backorder-explanation");

        var create = await admin.PostAsJsonAsync("/api/v1/care-goals", CareGoalRequests.Body(backorders.Id));
        Assert.Equal(HttpStatusCode.Created, create.StatusCode);
        var goal = (await create.Content.ReadFromJsonAsync<CareGoalResponse>())!;
        var etag = create.Headers.ETag!.Tag;
        Assert.Equal(("Backorders explained in time", 0.9, "week", true, "2026-W10"),
            (goal.Name, goal.TargetRate, goal.Period, goal.Enabled, goal.CurrentPeriod.Period));

        var replace = await PlaybookRequests.SendAsync(
            admin, HttpMethod.Put, $"/api/v1/care-goals/{goal.Id}", CareGoalRequests.Body(backorders.Id, new { targetRate = 1.0, period = "month" }), etag);
        Assert.Equal(HttpStatusCode.OK, replace.StatusCode);
        var stale = await PlaybookRequests.SendAsync(admin, HttpMethod.Post, $"/api/v1/care-goals/{goal.Id}/disable", null, etag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        var (replaced, current) = await CareGoalRequests.GetAsync(admin, goal.Id);
        Assert.Equal((1.0, "month", true, "2026-03"), (replaced.TargetRate, replaced.Period, replaced.Enabled, replaced.CurrentPeriod.Period));

        var disable = await PlaybookRequests.SendAsync(admin, HttpMethod.Post, $"/api/v1/care-goals/{goal.Id}/disable", null, current);
        Assert.Equal(HttpStatusCode.OK, disable.StatusCode);
        Assert.False((await CareGoalRequests.GetAsync(admin, goal.Id)).Goal.Enabled);

        var delete = await PlaybookRequests.SendAsync(admin, HttpMethod.Delete, $"/api/v1/care-goals/{goal.Id}", null, disable.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/care-goals/{goal.Id}")).StatusCode);
    }

    [Fact]
    public async Task A_team_that_a_care_goal_names_cannot_be_removed_from_the_care_settings()
    {
        var admin = factory.Client("goals-team", CxRoles.Admin);
        var backorders = (await PlaybookRequests.ListAsync(admin)).Single(p => p.DefaultKey == "backorder-explanation");
        var settings = await admin.GetAsync("/api/v1/care-settings");
        var withVip = SettingsBody(["care", "vip"]);
        Assert.Equal(HttpStatusCode.OK, (await PlaybookRequests.SendAsync(admin, HttpMethod.Put, "/api/v1/care-settings", withVip, settings.Headers.ETag!.Tag)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/care-goals", CareGoalRequests.Body(backorders.Id, new { team = "vip" }))).StatusCode);

        var withoutVip = await admin.PutAsJsonAsync("/api/v1/care-settings", SettingsBody(["care"]));

        Assert.Equal(HttpStatusCode.Conflict, withoutVip.StatusCode);
        Assert.Equal("care_settings.team_in_use", (await withoutVip.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rule").GetString());
        Assert.Equal(["care", "vip"], (await admin.GetFromJsonAsync<CareSettingsResponse>("/api/v1/care-settings"))!.Teams);
    }

    private static object SettingsBody(string[] teams) => new
    {
        defaultLanguage = "en",
        timeZone = "UTC",
        workingHours = new[] { new { day = "monday", start = "09:00", end = "17:00" } },
        holidays = Array.Empty<DateOnly>(),
        teams,
    };

    [Fact]
    public async Task Invalid_goals_are_400s_naming_the_field_and_change_nothing()
    {
        var admin = factory.Client("goals-invalid", CxRoles.Admin);
        var playbook = (await PlaybookRequests.ListAsync(admin)).Single(p => p.DefaultKey == "complaint-check-in").Id;
        var cases = new (object Body, string Field)[]
        {
            (CareGoalRequests.Body(playbook, new { name = "" }), "Name"),
            (CareGoalRequests.Body(playbook, new { name = new string('x', 201) }), "Name"),
            (CareGoalRequests.Body(playbook, new { team = "sales" }), "Team"),
            (CareGoalRequests.Body(playbook, new { targetRate = 1.5 }), "TargetRate"),
            (CareGoalRequests.Body(playbook, new { targetRate = 0 }), "TargetRate"),
            (CareGoalRequests.Body(playbook, new { period = "year" }), "Period"),
            (CareGoalRequests.Body(playbook, new { playbookIds = Array.Empty<Guid>() }), "PlaybookIds"),
            (CareGoalRequests.Body(playbook, new { playbookIds = new[] { playbook, playbook } }), "PlaybookIds[1]"),
            (CareGoalRequests.Body(playbook, new { playbookIds = new[] { playbook, Guid.NewGuid() } }), "PlaybookIds[1]"),
        };

        foreach (var (body, field) in cases)
        {
            var response = await admin.PostAsJsonAsync("/api/v1/care-goals", body);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{field}: {response.StatusCode}");
            Assert.Contains(field, await ErrorsOf(response));
        }

        Assert.Equal(2, (await CareGoalRequests.ListAsync(admin)).Count);
        var apology = (await CareGoalRequests.ListAsync(admin)).Single(g => g.DefaultKey == "sla-breach-apology");
        var badPeriod = await admin.GetAsync($"/api/v1/care-goals/{apology.Id}/attainment?period=2026-W10");
        Assert.Contains("period", await ErrorsOf(badPeriod));
        var taken = await admin.PostAsJsonAsync("/api/v1/care-goals", CareGoalRequests.Body(apology.PlaybookIds[0]));
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Contains("care_goal.playbook_in_use", await taken.Content.ReadAsStringAsync());
        Assert.Equal(2, (await CareGoalRequests.ListAsync(admin)).Count);
    }

    [Fact]
    public async Task Care_agents_read_goals_admins_write_them_and_another_tenants_goal_is_not_found()
    {
        var admin = factory.Client("goals-roles", CxRoles.Admin);
        var care = factory.Client("goals-roles", CxRoles.Care);
        var stranger = factory.Client("goals-stranger", CxRoles.Admin);
        var goal = (await CareGoalRequests.ListAsync(admin))[0];
        var body = CareGoalRequests.Body(goal.PlaybookIds[0]);

        Assert.Equal(HttpStatusCode.OK, (await care.GetAsync($"/api/v1/care-goals/{goal.Id}/attainment")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await care.PostAsJsonAsync("/api/v1/care-goals", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await care.PostAsync($"/api/v1/care-goals/{goal.Id}/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync("/api/v1/care-goals")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.Client("goals-roles", CxRoles.Service).GetAsync("/api/v1/care-goals")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/care-goals/{goal.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/care-goals/{goal.Id}/attainment")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync($"/api/v1/care-goals/{goal.Id}/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.DeleteAsync($"/api/v1/care-goals/{goal.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await stranger.PostAsJsonAsync("/api/v1/care-goals", body)).StatusCode);
        Assert.DoesNotContain(await CareGoalRequests.ListAsync(stranger), g => g.Id == goal.Id);
        Assert.True((await CareGoalRequests.GetAsync(admin, goal.Id)).Goal.Enabled);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_care_goal_endpoints()
    {
        var document = await factory.CreateClient().GetStringAsync("/openapi/v1.json");

        Assert.Contains("\"/api/v1/care-goals/{id}/attainment\"", document);
        Assert.Contains("CreateCareGoal", document);
    }

    private static async Task<List<string>> ErrorsOf(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        return errors.EnumerateObject().Select(e => e.Name).ToList();
    }
}
