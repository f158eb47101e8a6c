using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CxPlatform.Care.Apis;
using CxPlatform.Care.Domain.Playbooks;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Testing;

namespace CxPlatform.Care.Tests.Playbooks;

public sealed class PlaybookApiTests(CareOutreachApiFactory factory) : IClassFixture<CareOutreachApiFactory>
{
    [Fact]
    public async Task A_tenants_first_read_installs_the_five_default_playbooks_once_even_when_concurrent()
    {
        var care = factory.CreateClient("defaults", CxRoles.Care);

        var lists = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => PlaybookRequests.ListAsync(care)));
        var again = await PlaybookRequests.ListAsync(care);

        Assert.All(lists, list => Assert.Equal(6, list.Count));
        Assert.Equal(
            DefaultPlaybooks.All.Select(d => d.Key).Order().ToArray(),
            again.Select(p => p.DefaultKey).Order().ToArray());
        Assert.All(again, p => Assert.Equal(p.DefaultKey != DefaultPlaybooks.InactiveCheckIn, p.Enabled));
        var inactive = again.Single(p => p.DefaultKey == DefaultPlaybooks.InactiveCheckIn);
        Assert.Equal(("inactivity", (int?)90, (string?)null), (inactive.Trigger, inactive.InactiveDays, inactive.DateKind));
        Assert.Equal(6, await Sql.CountAsync(factory.DatabaseConnectionString, "playbooks", "\"TenantId\" = 'defaults'"));
    }

    [Fact]
    public async Task An_admin_creates_reads_replaces_disables_enables_and_deletes_a_playbook_with_ETags()
    {
        var admin = factory.CreateClient("crud", CxRoles.Admin);
        var (created, etag) = await PlaybookRequests.CreateAsync(admin, PlaybookRequests.Body(
            conditions: new { surveyScores = new[] { new { surveyKind = "ces", min = 5 } }, languages = new[] { "DE-ch" } },
            templates: new Dictionary<string, string> { ["de-ch"] = "Hallo {{customer.preferred_name}}, Ihre Bewertung: {{survey.score}}." }));

        var replaced = await PlaybookRequests.SendAsync(admin, HttpMethod.Put, $"/api/v1/playbooks/{created.Id}",
            PlaybookRequests.Body(extra: new { name = "Renamed", enabled = false, startAfterMinutes = 30 }), etag);
        var stale = await PlaybookRequests.SendAsync(admin, HttpMethod.Post, $"/api/v1/playbooks/{created.Id}/enable", ifMatch: etag);
        var enabled = await admin.PostAsync($"/api/v1/playbooks/{created.Id}/enable", null);
        var deleteStale = await PlaybookRequests.SendAsync(admin, HttpMethod.Delete, $"/api/v1/playbooks/{created.Id}", ifMatch: etag);
        var deleted = await admin.DeleteAsync($"/api/v1/playbooks/{created.Id}");
        var gone = await admin.GetAsync($"/api/v1/playbooks/{created.Id}");

        Assert.Equal(("de-CH", "de-CH", 5), (created.Templates.Keys.Single(), created.Conditions.Languages.Single(), created.Conditions.SurveyScores.Single().Min));
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        var body = (await replaced.Content.ReadFromJsonAsync<PlaybookResponse>())!;
        Assert.Equal(("Renamed", false, 30), (body.Name, body.Enabled, body.StartAfterMinutes));
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.True((await enabled.Content.ReadFromJsonAsync<PlaybookResponse>())!.Enabled);
        Assert.Equal(HttpStatusCode.PreconditionFailed, deleteStale.StatusCode);
        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NotFound), (deleted.StatusCode, gone.StatusCode));
    }

    public static TheoryData<string, object, string> InvalidPlaybooks => new()
    {
        { "unknown trigger", PlaybookRequests.Body(trigger: "order_shipped"), "Trigger" },
        { "tags on an SLA breach", PlaybookRequests.Body(trigger: "sla_breached", conditions: new { ticketTags = new[] { "vip" } }), "Conditions.TicketTags" },
        { "risk reasons on a survey", PlaybookRequests.Body(conditions: new { riskReasons = new[] { "sla_breaches" } }), "Conditions.RiskReasons" },
        { "unknown risk reason", PlaybookRequests.Body(trigger: "customer_at_risk", conditions: new { riskReasons = new[] { "bored" } }), "Conditions.RiskReasons" },
        { "NPS above 10", PlaybookRequests.Body(conditions: new { surveyScores = new[] { new { surveyKind = "nps", max = 11 } } }), "Conditions.SurveyScores[0].Max" },
        { "first purchase of a shipment", PlaybookRequests.Body(trigger: "touchpoint_recorded", conditions: new { touchpointKinds = new[] { "order_shipped" }, firstPurchaseOnly = true }), "Conditions.FirstPurchaseOnly" },
        { "bad language condition", PlaybookRequests.Body(conditions: new { languages = new[] { "german" } }), "Conditions.Languages[0]" },
        { "unknown placeholder", PlaybookRequests.Body(templates: new Dictionary<string, string> { ["en"] = "Hi {{customer.nickname}}" }), "Templates[en]" },
        { "placeholder of another trigger", PlaybookRequests.Body(templates: new Dictionary<string, string> { ["en"] = "About #{{ticket.number}}" }), "Templates[en]" },
        { "unclosed placeholder", PlaybookRequests.Body(templates: new Dictionary<string, string> { ["en"] = "Hi {{customer.full_name" }), "Templates[en]" },
        { "template language", PlaybookRequests.Body(templates: new Dictionary<string, string> { ["english"] = "Hi" }), "Templates[english]" },
        { "no template", PlaybookRequests.Body(templates: new Dictionary<string, string>()), "Templates" },
        { "due now", PlaybookRequests.Body(extra: new { due = new { minutes = 0, clock = "calendar" } }), "Due.Minutes" },
        { "due in a year", PlaybookRequests.Body(extra: new { due = new { minutes = 525600, clock = "calendar" } }), "Due.Minutes" },
        { "unknown clock", PlaybookRequests.Body(extra: new { due = new { minutes = 60, clock = "lunar" } }), "Due.Clock" },
        { "start after a year", PlaybookRequests.Body(extra: new { startAfterMinutes = 525600 }), "StartAfterMinutes" },
        { "unknown kind", PlaybookRequests.Body(extra: new { kind = "spam" }), "Kind" },
        { "unknown channel", PlaybookRequests.Body(extra: new { channel = "pigeon" }), "Channel" },
        { "unknown action", PlaybookRequests.Body(extra: new { action = "call_the_police" }), "Action" },
        { "unknown priority", PlaybookRequests.Body(extra: new { priority = "asap" }), "Priority" },
        { "unknown team", PlaybookRequests.Body(extra: new { team = "sales" }), "Team" },
        { "inactivity without days", PlaybookRequests.Body(trigger: "inactivity"), "InactiveDays" },
        { "inactive for no day", PlaybookRequests.Body(trigger: "inactivity", extra: new { inactiveDays = 0 }), "InactiveDays" },
        { "inactive for over ten years", PlaybookRequests.Body(trigger: "inactivity", extra: new { inactiveDays = 3651 }), "InactiveDays" },
        { "inactive days on an SLA breach", PlaybookRequests.Body(trigger: "sla_breached", extra: new { inactiveDays = 30 }), "InactiveDays" },
        { "date without kind", PlaybookRequests.Body(trigger: "date"), "DateKind" },
        { "unknown date kind", PlaybookRequests.Body(trigger: "date", extra: new { dateKind = "birthday" }), "DateKind" },
        { "date kind on inactivity", PlaybookRequests.Body(trigger: "inactivity", extra: new { inactiveDays = 30, dateKind = "customer_since" }), "DateKind" },
        { "ticket types on inactivity", PlaybookRequests.Body(trigger: "inactivity", conditions: new { ticketTypes = new[] { "complaint" } }, extra: new { inactiveDays = 30 }), "Conditions.TicketTypes" },
        { "ticket placeholder on a date", PlaybookRequests.Body(trigger: "date", templates: new Dictionary<string, string> { ["en"] = "About #{{ticket.number}}" }, extra: new { dateKind = "customer_since" }), "Templates[en]" },
        { "date placeholder on inactivity", PlaybookRequests.Body(trigger: "inactivity", templates: new Dictionary<string, string> { ["en"] = "{{anniversary.years}} years" }, extra: new { inactiveDays = 30 }), "Templates[en]" },
    };

    [Theory]
    [MemberData(nameof(InvalidPlaybooks))]
    public async Task An_invalid_playbook_is_a_400_naming_the_field_and_changes_nothing(string why, object body, string field)
    {
        Assert.NotEmpty(why);
        const string tenant = "bad-playbooks";
        var admin = factory.CreateClient(tenant, CxRoles.Admin);
        var (existing, etag) = await PlaybookRequests.CreateAsync(admin, PlaybookRequests.Body());
        var before = await Sql.CountAsync(factory.DatabaseConnectionString, "playbooks", $"\"TenantId\" = '{tenant}'");

        var create = await admin.PostAsJsonAsync("/api/v1/playbooks", body);
        var replace = await PlaybookRequests.SendAsync(admin, HttpMethod.Put, $"/api/v1/playbooks/{existing.Id}", body, etag);

        Assert.Contains(field, await ErrorsOf(create));
        Assert.Contains(field, await ErrorsOf(replace));
        Assert.Equal(before, await Sql.CountAsync(factory.DatabaseConnectionString, "playbooks", $"\"TenantId\" = '{tenant}'"));
        Assert.Equal(etag, (await admin.GetAsync($"/api/v1/playbooks/{existing.Id}")).Headers.ETag!.Tag);
    }

    [Fact]
    public async Task Care_agents_read_playbooks_but_only_admins_change_them()
    {
        var admin = factory.CreateClient("playbook-roles", CxRoles.Admin);
        var care = factory.CreateClient("playbook-roles", CxRoles.Care);
        var agent = factory.CreateClient("playbook-roles", CxRoles.Agent);
        var (playbook, _) = await PlaybookRequests.CreateAsync(admin, PlaybookRequests.Body());

        var careRead = await care.GetAsync($"/api/v1/playbooks/{playbook.Id}");
        var careWrites = new[]
        {
            await care.PostAsJsonAsync("/api/v1/playbooks", PlaybookRequests.Body()),
            await care.PutAsJsonAsync($"/api/v1/playbooks/{playbook.Id}", PlaybookRequests.Body()),
            await care.PostAsync($"/api/v1/playbooks/{playbook.Id}/disable", null),
            await care.DeleteAsync($"/api/v1/playbooks/{playbook.Id}"),
            await care.PutAsJsonAsync("/api/v1/care-settings", new { }),
        };
        var agentRead = await agent.GetAsync("/api/v1/playbooks");
        var anonymous = await factory.CreateClient().GetAsync("/api/v1/playbooks");

        Assert.Equal(HttpStatusCode.OK, careRead.StatusCode);
        Assert.All(careWrites, response => Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode));
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized), (agentRead.StatusCode, anonymous.StatusCode));
        Assert.True((await care.GetFromJsonAsync<PlaybookResponse>($"/api/v1/playbooks/{playbook.Id}"))!.Enabled);
    }

    [Fact]
    public async Task Another_tenants_playbooks_are_invisible_and_unchangeable()
    {
        var owner = factory.CreateClient("playbook-owner", CxRoles.Admin);
        var other = factory.CreateClient("playbook-other", CxRoles.Admin);
        var (playbook, _) = await PlaybookRequests.CreateAsync(owner, PlaybookRequests.Body());

        var responses = new[]
        {
            await other.GetAsync($"/api/v1/playbooks/{playbook.Id}"),
            await other.PutAsJsonAsync($"/api/v1/playbooks/{playbook.Id}", PlaybookRequests.Body()),
            await other.PostAsync($"/api/v1/playbooks/{playbook.Id}/enable", null),
            await other.PostAsync($"/api/v1/playbooks/{playbook.Id}/disable", null),
            await other.DeleteAsync($"/api/v1/playbooks/{playbook.Id}"),
        };

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.NotFound, response.StatusCode));
        Assert.DoesNotContain(await PlaybookRequests.ListAsync(other), p => p.Id == playbook.Id);
        Assert.True((await owner.GetFromJsonAsync<PlaybookResponse>($"/api/v1/playbooks/{playbook.Id}"))!.Enabled);
    }

    [Fact]
    public async Task Care_settings_start_with_defaults_change_with_If_Match_and_keep_teams_that_playbooks_use()
    {
        var admin = factory.CreateClient("settings", CxRoles.Admin);
        var first = await admin.GetAsync("/api/v1/care-settings");
        var defaults = (await first.Content.ReadFromJsonAsync<CareSettingsResponse>())!;
        var etag = first.Headers.ETag!.Tag;
        var body = new
        {
            defaultLanguage = "de-ch",
            timeZone = "Europe/Zurich",
            workingHours = new[] { new { day = "monday", start = "08:00", end = "12:00" }, new { day = "monday", start = "13:00", end = "17:00" } },
            holidays = new[] { new DateOnly(2026, 12, 25) },
            teams = new[] { "care", "care-emea" },
        };

        var changed = await PlaybookRequests.SendAsync(admin, HttpMethod.Put, "/api/v1/care-settings", body, etag);
        var stale = await PlaybookRequests.SendAsync(admin, HttpMethod.Put, "/api/v1/care-settings", body, etag);
        var dropInUse = await admin.PutAsJsonAsync("/api/v1/care-settings", body with { teams = new[] { "care-emea" } });
        var overlap = await admin.PutAsJsonAsync("/api/v1/care-settings", body with { workingHours = new[] { new { day = "monday", start = "08:00", end = "12:00" }, new { day = "monday", start = "11:00", end = "17:00" } } });
        var badZone = await admin.PutAsJsonAsync("/api/v1/care-settings", body with { timeZone = "Mars/Olympus" });
        var badTeam = await admin.PutAsJsonAsync("/api/v1/care-settings", body with { teams = new[] { "care", "Care Team" } });

        Assert.Equal(("en", "UTC", 5, "care"), (defaults.DefaultLanguage, defaults.TimeZone, defaults.WorkingHours.Count, Assert.Single(defaults.Teams)));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var settings = (await changed.Content.ReadFromJsonAsync<CareSettingsResponse>())!;
        Assert.Equal(("de-CH", 2, "care-emea"), (settings.DefaultLanguage, settings.WorkingHours.Count, settings.Teams[1]));
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, dropInUse.StatusCode);
        Assert.Equal("care_settings.team_in_use", (await dropInUse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rule").GetString());
        Assert.Equal(["WorkingHours"], await ErrorsOf(overlap));
        Assert.Equal(["TimeZone"], await ErrorsOf(badZone));
        Assert.Equal(["Teams[1]"], await ErrorsOf(badTeam));
        Assert.Equal(["care", "care-emea"], (await admin.GetFromJsonAsync<CareSettingsResponse>("/api/v1/care-settings"))!.Teams);
    }

    [Fact]
    public async Task Another_tenants_care_settings_are_its_own()
    {
        var admin = factory.CreateClient("settings-a", CxRoles.Admin);
        await PlaybookRequests.SetOfficeHoursAsync(admin, "Asia/Tokyo", "ja", "care-apac");

        var other = await factory.CreateClient("settings-b", CxRoles.Care).GetFromJsonAsync<CareSettingsResponse>("/api/v1/care-settings");

        Assert.Equal(("UTC", "en", "care"), (other!.TimeZone, other.DefaultLanguage, Assert.Single(other.Teams)));
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_playbook_settings_and_task_endpoints()
    {
        var document = await factory.CreateClient().GetStringAsync("/openapi/v1.json");

        foreach (var path in new[] { "/api/v1/playbooks/{id}/disable", "/api/v1/care-settings", "/api/v1/outreach-tasks/mine", "/api/v1/outreach-tasks/{id}/complete" })
        {
            Assert.Contains($"\"{path}\"", document);
        }
        Assert.Contains("ReassignOutreachTask", document);
    }

    private static async Task<List<string>> ErrorsOf(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        return errors.EnumerateObject().Select(e => e.Name).ToList();
    }
}
