using CxPlatform.ServiceDefaults.BusinessTime;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Testing;
using CxPlatform.Ticketing.Apis;
using CxPlatform.Ticketing.Apis.Sla;
using CxPlatform.Ticketing.Domain.Sla;

namespace CxPlatform.Ticketing.Tests.Sla;

public sealed class SlaApiTests(TicketingApiFactory factory) : IClassFixture<TicketingApiFactory>
{
    [Fact]
    public async Task An_admin_defines_a_calendar_and_a_policy_that_agents_can_read()
    {
        var admin = factory.CreateClient("defines", CxRoles.Admin);
        var agent = factory.CreateClient("defines", CxRoles.Agent);

        var calendar = await SlaRequests.CreateCalendarAsync(admin, SlaRequests.ZurichOffice("2026-12-25", "2026-08-01"));
        var policy = await SlaRequests.CreatePolicyAsync(admin, SlaRequests.Policy(
            "VIP email", SlaRequests.Targets(firstReply: 30, nextReply: 60, resolution: 240),
            new { priorities = new[] { "high", "urgent" }, channels = new[] { "email" }, tags = new[] { "VIP" } }, calendar.Id));

        var readCalendar = await agent.GetFromJsonAsync<SlaCalendarResponse>($"/api/v1/sla/calendars/{calendar.Id}");
        Assert.Equal(("Europe/Zurich", 5, new DateOnly(2026, 8, 1)), (readCalendar!.TimeZone, readCalendar.WorkingHours.Count, readCalendar.Holidays[0]));
        Assert.Equal(new SlaWorkingHours("monday", "09:00", "17:00"), readCalendar.WorkingHours[0]);
        var readPolicy = await agent.GetFromJsonAsync<SlaPolicyResponse>($"/api/v1/sla/policies/{policy.Id}");
        Assert.Equal((1, calendar.Id), (readPolicy!.Position, readPolicy.CalendarId));
        Assert.Equal([new SlaPolicyTarget("first_reply", 30), new SlaPolicyTarget("next_reply", 60), new SlaPolicyTarget("resolution", 240)], readPolicy.Targets);
        Assert.Equal(["high", "urgent"], readPolicy.Conditions.Priorities!);
        Assert.Equal(["VIP"], readPolicy.Conditions.Tags!);
        Assert.Empty(readPolicy.Conditions.Types!);
    }

    [Fact]
    public async Task Policies_are_listed_in_the_order_they_are_matched()
    {
        var admin = factory.CreateClient("ordering", CxRoles.Admin);
        await SlaRequests.CreatePolicyAsync(admin, SlaRequests.Policy("first", SlaRequests.Targets(60)));
        await SlaRequests.CreatePolicyAsync(admin, SlaRequests.Policy("second", SlaRequests.Targets(60)));
        await SlaRequests.CreatePolicyAsync(admin, SlaRequests.Policy("also first, but newer", SlaRequests.Targets(60), position: 1));

        var policies = await admin.GetFromJsonAsync<List<SlaPolicyResponse>>("/api/v1/sla/policies");

        Assert.Equal(["first", "also first, but newer", "second"], policies!.Select(p => p.Name));
    }

    [Fact]
    public async Task A_ticket_shows_the_targets_of_the_policy_it_matched()
    {
        var admin = factory.CreateClient("ticket-sla", CxRoles.Admin);
        var policy = await SlaRequests.CreatePolicyAsync(admin, SlaRequests.Policy("24x7", SlaRequests.Targets(firstReply: 60, resolution: 600)));

        var created = await TicketRequests.CreateAsync(admin);
        var fetched = await admin.GetFromJsonAsync<TicketResponse>($"/api/v1/tickets/{created.Id}");

        Assert.Equal([SlaMetrics.FirstReply, SlaMetrics.Resolution], fetched!.Sla.Select(s => s.Metric));
        var firstReply = fetched.Sla[0];
        Assert.Equal((policy.Id, fetched.CreatedAt.AddMinutes(60), false, false, (DateTimeOffset?)null),
            (firstReply.PolicyId, firstReply.DueAt, firstReply.Breached, firstReply.Paused, firstReply.AchievedAt));
        Assert.InRange(firstReply.RemainingMinutes, 55, 60);
        Assert.Equal(fetched.Sla.Select(s => s.Metric), created.Sla.Select(s => s.Metric));
        var listed = (await admin.GetFromJsonAsync<TicketPage>("/api/v1/tickets"))!.Items.Single().Sla;
        Assert.Equal(fetched.Sla.Select(s => (s.Metric, s.DueAt)), listed.Select(s => (s.Metric, s.DueAt)));
    }

    public static TheoryData<string, string> BadCalendars() => new()
    {
        { """{"name":"x","timeZone":"Mars/Olympus_Mons","workingHours":[{"day":"monday","start":"09:00","end":"17:00"}]}""", "TimeZone" },
        { """{"name":"x","timeZone":"W. Europe Standard Time","workingHours":[{"day":"monday","start":"09:00","end":"17:00"}]}""", "TimeZone" },
        { """{"name":"x","timeZone":"Europe/Zurich","workingHours":[{"day":"monday","start":"17:00","end":"09:00"}]}""", "End" },
        { """{"name":"x","timeZone":"Europe/Zurich","workingHours":[{"day":"monday","start":"09:00","end":"12:00"},{"day":"monday","start":"11:00","end":"14:00"}]}""", "WorkingHours" },
        { """{"name":"x","timeZone":"Europe/Zurich","workingHours":[{"day":"monday","start":"9am","end":"17:00"}]}""", "Start" },
        { """{"name":"x","timeZone":"Europe/Zurich","workingHours":[{"day":"monday","start":"09:00","end":"24:30"}]}""", "End" },
        { """{"name":"x","timeZone":"Europe/Zurich","workingHours":[{"day":"funday","start":"09:00","end":"17:00"}]}""", "Day" },
        { """{"name":"x","timeZone":"Europe/Zurich","workingHours":[]}""", "WorkingHours" },
        { """{"name":"","timeZone":"Europe/Zurich","workingHours":[{"day":"monday","start":"09:00","end":"17:00"}]}""", "Name" },
        { """{"name":"x","timeZone":"Europe/Zurich","workingHours":[{"day":"monday","start":"09:00","end":"17:00"}],"holidays":["2026-13-45"]}""", "$.holidays[0]" },
        { """{"name":"x","timeZone":"Europe/Zurich","workingHours":[null]}""", "WorkingHours[0]" },
    };

    [Theory]
    [MemberData(nameof(BadCalendars))]
    public async Task A_bad_calendar_is_a_400_naming_the_field_and_writes_nothing(string body, string field)
    {
        const string tenant = "bad-calendars";
        var response = await factory.CreateClient(tenant, CxRoles.Admin).PostAsync("/api/v1/sla/calendars", Json(body));

        await AssertFieldErrorAsync(response, field);
        Assert.Equal(0, await Sql.CountAsync(factory.DatabaseConnectionString, "sla_calendars", $"\"TenantId\" = '{tenant}'"));
    }

    public static TheoryData<string, string> BadPolicies() => new()
    {
        { """{"name":"x","targets":[{"metric":"first_reply","minutes":0}]}""", "Minutes" },
        { """{"name":"x","targets":[{"metric":"first_reply","minutes":-5}]}""", "Minutes" },
        { """{"name":"x","targets":[{"metric":"first_response","minutes":60}]}""", "Metric" },
        { """{"name":"x","targets":[{"metric":"first_reply","minutes":60},{"metric":"first_reply","minutes":30}]}""", "Targets" },
        { """{"name":"x","targets":[]}""", "Targets" },
        { """{"name":"x","targets":[{"metric":"first_reply","minutes":60}],"conditions":{"channels":["email","carrier_pigeon"]}}""", "Channels[1]" },
        { """{"name":"x","targets":[{"metric":"first_reply","minutes":60}],"conditions":{"priorities":["whenever"]}}""", "Priorities[0]" },
        { """{"name":"x","targets":[{"metric":"first_reply","minutes":60}],"conditions":{"types":["rant"]}}""", "Types[0]" },
        { """{"name":"x","targets":[{"metric":"first_reply","minutes":60}],"conditions":{"tags":[" "]}}""", "Tags[0]" },
        { """{"name":"x","targets":[{"metric":"first_reply","minutes":60}],"position":0}""", "Position" },
        { """{"name":"x","targets":[{"metric":"first_reply","minutes":60}],"calendarId":"0199c3a4-0000-7000-8000-000000000000"}""", "CalendarId" },
        { """{"name":"x","targets":[{"metric":"first_reply","minutes":"soon"}]}""", "minutes" },
        { """{"name":"x","targets":[null]}""", "Targets[0]" },
        { """{"name":"x","targets":[{"metric":"first_reply","minutes":60}],"conditions":{"channels":[null]}}""", "Channels[0]" },
    };

    [Theory]
    [MemberData(nameof(BadPolicies))]
    public async Task A_bad_policy_is_a_400_naming_the_field_and_writes_nothing(string body, string field)
    {
        const string tenant = "bad-policies";
        var response = await factory.CreateClient(tenant, CxRoles.Admin).PostAsync("/api/v1/sla/policies", Json(body));

        await AssertFieldErrorAsync(response, field);
        Assert.Equal(0, await Sql.CountAsync(factory.DatabaseConnectionString, "sla_policies", $"\"TenantId\" = '{tenant}'"));
    }

    [Fact]
    public async Task Only_an_admin_may_define_policies_and_calendars()
    {
        const string tenant = "roles";
        var admin = factory.CreateClient(tenant, CxRoles.Admin);
        var agent = factory.CreateClient(tenant, CxRoles.Agent);
        var policy = await SlaRequests.CreatePolicyAsync(admin, SlaRequests.Policy("Standard", SlaRequests.Targets(60)));
        var body = SlaRequests.Policy("Changed", SlaRequests.Targets(5));

        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PostAsJsonAsync("/api/v1/sla/policies", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PutAsJsonAsync($"/api/v1/sla/policies/{policy.Id}", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.DeleteAsync($"/api/v1/sla/policies/{policy.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PostAsJsonAsync("/api/v1/sla/calendars", SlaRequests.ZurichOffice())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.CreateClient(tenant, CxRoles.Analyst).GetAsync("/api/v1/sla/policies")).StatusCode);

        var unchanged = await agent.GetFromJsonAsync<List<SlaPolicyResponse>>("/api/v1/sla/policies");
        Assert.Equal(("Standard", 60), (Assert.Single(unchanged!).Name, unchanged![0].Targets[0].Minutes));
        Assert.Equal(0, await Sql.CountAsync(factory.DatabaseConnectionString, "sla_calendars", $"\"TenantId\" = '{tenant}'"));
    }

    [Fact]
    public async Task One_tenants_policies_and_calendars_are_invisible_to_another_and_never_apply_to_its_tickets()
    {
        var adminA = factory.CreateClient("sla-tenant-a", CxRoles.Admin);
        var adminB = factory.CreateClient("sla-tenant-b", CxRoles.Admin);
        var calendar = await SlaRequests.CreateCalendarAsync(adminA, SlaRequests.ZurichOffice());
        var policy = await SlaRequests.CreatePolicyAsync(adminA, SlaRequests.Policy("A only", SlaRequests.Targets(60), calendarId: calendar.Id));

        Assert.Equal(HttpStatusCode.NotFound, (await adminB.GetAsync($"/api/v1/sla/policies/{policy.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await adminB.GetAsync($"/api/v1/sla/calendars/{calendar.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await adminB.PutAsJsonAsync($"/api/v1/sla/policies/{policy.Id}", SlaRequests.Policy("B", SlaRequests.Targets(1)))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await adminB.DeleteAsync($"/api/v1/sla/calendars/{calendar.Id}")).StatusCode);
        Assert.Empty((await adminB.GetFromJsonAsync<List<SlaPolicyResponse>>("/api/v1/sla/policies"))!);
        Assert.Empty((await adminB.GetFromJsonAsync<List<SlaCalendarResponse>>("/api/v1/sla/calendars"))!);
        await AssertFieldErrorAsync(
            await adminB.PostAsJsonAsync("/api/v1/sla/policies", SlaRequests.Policy("Borrowed", SlaRequests.Targets(60), calendarId: calendar.Id)), "CalendarId");

        Assert.Empty((await TicketRequests.CreateAsync(adminB)).Sla);
        Assert.NotEmpty((await TicketRequests.CreateAsync(adminA)).Sla);
        Assert.Equal("A only", (await adminA.GetFromJsonAsync<SlaPolicyResponse>($"/api/v1/sla/policies/{policy.Id}"))!.Name);
    }

    [Fact]
    public async Task A_calendar_a_policy_uses_cannot_be_deleted_until_the_policy_lets_go()
    {
        var admin = factory.CreateClient("calendar-in-use", CxRoles.Admin);
        var calendar = await SlaRequests.CreateCalendarAsync(admin, SlaRequests.ZurichOffice());
        var policy = await SlaRequests.CreatePolicyAsync(admin, SlaRequests.Policy("Office hours", SlaRequests.Targets(60), calendarId: calendar.Id));

        var refused = await admin.DeleteAsync($"/api/v1/sla/calendars/{calendar.Id}");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("sla.calendar_in_use", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rule").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/sla/policies/{policy.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/sla/calendars/{calendar.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/sla/calendars/{calendar.Id}")).StatusCode);
    }

    [Fact]
    public async Task A_policy_change_based_on_a_stale_ETag_is_a_412_and_changes_nothing()
    {
        var admin = factory.CreateClient("policy-etags", CxRoles.Admin);
        var policy = await SlaRequests.CreatePolicyAsync(admin, SlaRequests.Policy("Standard", SlaRequests.Targets(60)));
        var etag = (await admin.GetAsync($"/api/v1/sla/policies/{policy.Id}")).Headers.ETag!.Tag;

        var first = await PutAsync(admin, $"/api/v1/sla/policies/{policy.Id}", SlaRequests.Policy("Faster", SlaRequests.Targets(30)), etag);
        var stale = await PutAsync(admin, $"/api/v1/sla/policies/{policy.Id}", SlaRequests.Policy("Slower", SlaRequests.Targets(90)), etag);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        var current = await admin.GetFromJsonAsync<SlaPolicyResponse>($"/api/v1/sla/policies/{policy.Id}");
        Assert.Equal(("Faster", 30, 1), (current!.Name, current.Targets.Single().Minutes, current.Position));
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static Task<HttpResponseMessage> PutAsync(HttpClient client, string url, object body, string ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return client.SendAsync(request);
    }

    private static async Task AssertFieldErrorAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var fields = problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
        Assert.True(fields.Any(f => f.EndsWith(field, StringComparison.OrdinalIgnoreCase)), $"No error for {field}: {problem}");
    }
}

