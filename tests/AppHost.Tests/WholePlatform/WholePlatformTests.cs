using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CxPlatform.AppHost.Hosting.Dashboard;
using CxPlatform.AppHost.Hosting.State;
using CxPlatform.AppHost.Otlp;
using CxPlatform.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CxPlatform.AppHost.Tests.WholePlatform;

/// <summary>
/// The platform as <c>./eng/run.sh</c> starts it: one ticket solved through Ticketing's API travels the loop (Surveys invites,
/// the mail server receives the invitation, Insights records the journey) and the dashboard shows it as one trace; the
/// dashboard in a real browser shows every resource healthy and a killed service coming back.
/// </summary>
public sealed class WholePlatformTests(WholePlatform platform) : IClassFixture<WholePlatform>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Solving_a_ticket_invites_the_customer_to_CSAT_records_the_journey_in_Insights_and_leaves_one_trace_across_the_services()
    {
        var tenant = $"e2e-{Guid.NewGuid():N}"[..16];
        var email = $"{tenant}@example.com";
        using var careOutreach = await platform.ClientAsync("care-outreach", tenant, "care");
        using var surveys = await platform.ClientAsync("surveys", tenant, "admin");
        using var ticketing = await platform.ClientAsync("ticketing", tenant, "agent");
        using var insights = await platform.ClientAsync("insights", tenant, "analyst");

        var customerId = (await SendAsync(careOutreach, HttpMethod.Post, "api/v1/customers",
            new { fullName = "Erin Endtoend", contactPoints = new[] { new { kind = "email", value = email } } })).GetProperty("id").GetGuid();
        await SendAsync(careOutreach, HttpMethod.Post, $"api/v1/customers/{customerId}/consents",
            new { channel = "email", purpose = "survey", decision = "granted", source = "end-to-end test" });
        var surveyId = await PublishedCsatSurveyInvitingOnTicketSolvedAsync(surveys);
        var ticketId = (await SendAsync(ticketing, HttpMethod.Post, "api/v1/tickets",
            new { subject = "Blender arrived broken", description = "The jug is cracked.", requester = new { customerId }, channel = "email" }))
            .GetProperty("id").GetGuid();

        await SendAsync(ticketing, HttpMethod.Post, $"api/v1/tickets/{ticketId}/status", new { status = "solved" });

        var planned = await Eventually.ReturnsAsync(
            () => SendAsync(surveys, HttpMethod.Get, $"api/v1/surveys/{surveyId}/planned-invitations"),
            list => list.EnumerateArray().Any(p => p.GetProperty("relatedTicketId").GetString() == ticketId.ToString() && p.GetProperty("status").GetString() != "planned"),
            Patience);
        var decided = planned.EnumerateArray().Single(p => p.GetProperty("relatedTicketId").GetString() == ticketId.ToString());
        Assert.Equal("issued", decided.GetProperty("status").GetString());
        Assert.Equal(customerId, decided.GetProperty("customerId").GetGuid());

        var mail = await Eventually.ReturnsAsync(
            () => platform.Dashboard.GetFromJsonAsync<ConsoleLogResponse>($"api/resources/mail/logs?search={Uri.EscapeDataString(email)}", AppHostFixture.Json),
            log => log!.Lines.Count > 0, Patience);
        Assert.NotEmpty(mail!.Lines);

        var kinds = await Eventually.ReturnsAsync(
            async () => (await SendAsync(insights, HttpMethod.Get, $"api/v1/customers/{customerId}/timeline"))
                .GetProperty("items").EnumerateArray().Select(item => item.GetProperty("kind").GetString()).ToHashSet(),
            seen => seen.IsSupersetOf(["ticket_created", "ticket_solved", "survey_invitation_sent"]), Patience);
        Assert.Superset(new HashSet<string?> { "ticket_created", "ticket_solved", "survey_invitation_sent" }, kinds);

        // The solve request's trace: Ticketing's HTTP span, its outbox publish, and the consumers in Surveys and Insights.
        var traces = await Eventually.ReturnsAsync(
            () => platform.Dashboard.GetFromJsonAsync<List<TraceSummary>>($"api/traces?service=ticketing&search={ticketId}/status", AppHostFixture.Json),
            found => found!.Any(t => t.Services.Contains("surveys") && t.Services.Contains("insights")), Patience);
        var trace = Assert.Single(traces!, t => t.Services.Contains("surveys") && t.Services.Contains("insights"));
        var detail = await platform.Dashboard.GetFromJsonAsync<TraceDetail>($"api/traces/{trace.TraceId}", AppHostFixture.Json);
        Assert.Single(detail!.Spans, span => span.Depth == 0);
        Assert.All(detail.Spans, span => Assert.Equal(trace.TraceId, span.Span.TraceId));
        Assert.Superset(new HashSet<string> { "ticketing", "surveys", "insights" }, detail.Spans.Select(span => span.Span.Service).ToHashSet());
    }

    [Fact]
    public async Task The_dashboard_shows_every_resource_of_the_platform_healthy_and_a_killed_service_restarting()
    {
        var resources = await platform.ResourcesAsync();
        Assert.Superset(
            new HashSet<string> { "postgres", "ticketingdb", "careoutreachdb", "surveysdb", "insightsdb", "messaging", "mail", "ticketing", "care-outreach", "surveys", "insights" },
            resources.Select(resource => resource.Name).ToHashSet());
        Assert.InRange(platform.ColdStart, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(8));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1600, Height = 900 } });
        await page.GotoAsync(platform.DashboardUrl);

        await Expect(page.Locator("tr[data-resource]")).ToHaveCountAsync(resources.Count);
        foreach (var resource in resources)
        {
            await Expect(page.Locator($"tr[data-resource='{resource.Name}'] td.health")).ToHaveTextAsync("Healthy", new() { Timeout = (float)Patience.TotalMilliseconds });
        }
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = DebianChromium.ScreenshotPath("platform-dashboard.png"), FullPage = true });

        var surveys = await platform.ResourceAsync("surveys");
        using (var process = Process.GetProcessById(surveys.ProcessId!.Value))
        {
            process.Kill();
        }

        var row = $"tr[data-resource='surveys']";
        await Expect(page.Locator($"{row} td.restarts")).ToHaveTextAsync(new Regex($"^{surveys.Restarts + 1}\\b"), new() { Timeout = (float)Patience.TotalMilliseconds });
        await Expect(page.Locator($"{row} td.health")).ToHaveTextAsync("Healthy", new() { Timeout = (float)Patience.TotalMilliseconds });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = DebianChromium.ScreenshotPath("platform-dashboard-restart.png"), FullPage = true });
        Assert.NotEqual(surveys.ProcessId, (await platform.ResourceAsync("surveys")).ProcessId);
    }

    [Fact]
    public async Task Seeding_loads_a_demo_tenant_with_customers_tickets_survey_answers_and_ninety_days_of_journeys()
    {
        using var careOutreach = await platform.ClientAsync("care-outreach", "demo", "care");
        using var ticketing = await platform.ClientAsync("ticketing", "demo", "agent");
        using var surveys = await platform.ClientAsync("surveys", "demo", "analyst");
        using var insights = await platform.ClientAsync("insights", "demo", "analyst");

        var customers = (await SendAsync(careOutreach, HttpMethod.Get, "api/v1/customers?limit=100")).GetProperty("items").EnumerateArray()
            .Select(customer => customer.GetProperty("id").GetGuid()).ToList();
        var tickets = (await SendAsync(ticketing, HttpMethod.Get, "api/v1/tickets?limit=100")).GetProperty("items").EnumerateArray().ToList();
        var survey = Assert.Single((await SendAsync(surveys, HttpMethod.Get, "api/v1/surveys")).GetProperty("items").EnumerateArray());
        var results = await SendAsync(surveys, HttpMethod.Get, $"api/v1/surveys/{survey.GetProperty("id").GetGuid()}/results");

        Assert.Equal(24, customers.Count);
        Assert.Equal(16, tickets.Count);
        Assert.Contains(tickets, ticket => ticket.GetProperty("status").GetString() == "solved");
        Assert.Contains(tickets, ticket => ticket.GetProperty("status").GetString() != "solved");
        Assert.InRange(results.GetProperty("answered").GetInt32(), 1, results.GetProperty("sent").GetInt32());
        var timeline = (await SendAsync(insights, HttpMethod.Get, $"api/v1/customers/{customers[0]}/timeline?limit=200"))
            .GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(timeline, entry => entry.GetProperty("kind").GetString() == "order_placed");
        var oldest = timeline.Min(entry => entry.GetProperty("occurredAt").GetDateTimeOffset());
        Assert.InRange(oldest, DateTimeOffset.UtcNow.AddDays(-92), DateTimeOffset.UtcNow.AddDays(-1));
    }

    [Fact]
    public async Task Stopping_PostgreSQL_from_the_dashboard_makes_the_services_unready_and_starting_it_again_brings_every_resource_back()
    {
        var before = await platform.ResourceAsync("postgres");
        Assert.True(before.Controllable);
        using var ticketing = await platform.ClientAsync("ticketing", $"pg-{Guid.NewGuid():N}"[..12], "agent");

        using (var stop = await platform.Dashboard.PostAsync("api/resources/postgres/stop", null))
        {
            Assert.Equal(HttpStatusCode.OK, stop.StatusCode);
        }
        Assert.Equal(ResourceState.Finished, (await platform.ResourceAsync("postgres")).State);
        var unready = await Eventually.ReturnsAsync(() => ticketing.GetAsync("health/ready"), response => response.StatusCode != HttpStatusCode.OK, Patience);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, unready.StatusCode);

        using (var start = await platform.Dashboard.PostAsync("api/resources/postgres/start", null))
        {
            Assert.Equal(HttpStatusCode.OK, start.StatusCode);
        }
        var resources = await Eventually.ReturnsAsync(platform.ResourcesAsync, all => all.All(r => r.Health == ResourceHealth.Healthy), TimeSpan.FromMinutes(3));
        Assert.All(resources, resource => Assert.Equal(ResourceHealth.Healthy, resource.Health));
        var after = resources.Single(resource => resource.Name == "postgres");
        Assert.Equal(before.Restarts + 1, after.Restarts);
        Assert.Equal(before.Endpoints, after.Endpoints);
        // A connection the restart broke answers 503 with Retry-After, never 500; a client that honours it gets through.
        var statuses = new List<HttpStatusCode>();
        do
        {
            using var create = await ticketing.PostAsJsonAsync("api/v1/tickets", new
            {
                subject = "Back online?", description = "Written after the database restarted.",
                requester = new { contactPoint = "back@example.com", name = "Bo" }, channel = "email",
            });
            statuses.Add(create.StatusCode);
            if (create.Headers.RetryAfter?.Delta is { } wait)
            {
                await Task.Delay(wait);
            }
        }
        while (statuses[^1] == HttpStatusCode.ServiceUnavailable && statuses.Count < 10);
        Assert.Equal(HttpStatusCode.Created, statuses[^1]);
        Assert.All(statuses[..^1], status => Assert.Equal(HttpStatusCode.ServiceUnavailable, status));
    }

    private static async Task<Guid> PublishedCsatSurveyInvitingOnTicketSolvedAsync(HttpClient surveys)
    {
        var surveyId = (await SendAsync(surveys, HttpMethod.Post, "api/v1/surveys", new
        {
            name = "CSAT after support",
            kind = "csat",
            anonymous = false,
            definition = new
            {
                defaultLanguage = "en",
                title = new Dictionary<string, string> { ["en"] = "How did we do?" },
                mainQuestion = new { text = new Dictionary<string, string> { ["en"] = "How satisfied are you with our help?" } },
            },
        })).GetProperty("id").GetGuid();
        await SendAsync(surveys, HttpMethod.Post, $"api/v1/surveys/{surveyId}/publish");
        await SendAsync(surveys, HttpMethod.Post, $"api/v1/surveys/{surveyId}/distribution-rules", new { trigger = "ticket_solved", delayHours = 0, expiryDays = 7 });
        return surveyId;
    }

    /// <summary>Sends a request that must succeed and answers its JSON body (an empty object when there is none).</summary>
    private static async Task<JsonElement> SendAsync(HttpClient client, HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {text}");
        return JsonSerializer.Deserialize<JsonElement>(response.StatusCode == HttpStatusCode.NoContent || text.Length == 0 ? "{}" : text);
    }
}
