using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CxPlatform.AppHost.Hosting;
using CxPlatform.AppHost.Hosting.Orchestration;
using CxPlatform.ServiceDefaults;
using CxPlatform.ServiceDefaults.Auth;
using Microsoft.Extensions.Logging;

namespace CxPlatform.AppHost.Seeding;

/// <summary>
/// <c>--seed</c>: loads the <c>demo</c> tenant through the services' own APIs, so every rule runs as in production: customers
/// with consent (CareOutreach), a CSAT survey sent when a ticket is solved (Surveys), 90 days of orders, deliveries,
/// reviews and visits (Insights' ingestion API), tickets worked and solved (Ticketing), and answers to the invitations that
/// follow (the public response endpoint). Playbooks then create outreach on their own (a solved complaint, a detractor).
/// Skipped when the tenant already has customers (a run on kept local servers). Random draws are seeded: same data every run.
/// </summary>
internal sealed class DemoTenantSeeder : IDisposable
{
    public const string Tenant = StartupReport.DemoTenant;
    private const int HistoryDays = 90;
    private const string ShopSource = "demo-shop";

    private readonly AllResourcesHealthyContext _context;
    private readonly Random _random = new(2026);
    private readonly DateTimeOffset _now;
    private readonly HttpClient _careOutreach;
    private readonly HttpClient _surveys;
    private readonly HttpClient _ticketing;
    private readonly HttpClient _insights;

    private DemoTenantSeeder(AllResourcesHealthyContext context)
    {
        _context = context;
        _now = context.Time.GetUtcNow();
        var token = context.CreateToken(Tenant, [CxRoles.Admin, CxRoles.Agent, CxRoles.Care, CxRoles.Analyst, CxRoles.Service]);
        _careOutreach = Client(ResourceNames.CareOutreach, token);
        _surveys = Client(ResourceNames.Surveys, token);
        _ticketing = Client(ResourceNames.Ticketing, token);
        _insights = Client(ResourceNames.Insights, token);
    }

    public static async Task SeedAsync(AllResourcesHealthyContext context, CancellationToken cancellationToken)
    {
        using var seeder = new DemoTenantSeeder(context);
        await seeder.RunAsync(cancellationToken);
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        var existing = await SendAsync(_careOutreach, HttpMethod.Get, "api/v1/customers?limit=1", null, cancellationToken);
        if (existing.GetProperty("items").GetArrayLength() > 0)
        {
            _context.Logger.LogInformation("The {Tenant} tenant already has customers: not seeding it again.", Tenant);
            return;
        }
        var started = _context.Time.GetTimestamp();
        _context.Logger.LogInformation("Seeding the {Tenant} tenant…", Tenant);

        var surveyId = await CreateCsatSurveyAsync(cancellationToken);
        var customers = await CreateCustomersAsync(cancellationToken);
        var (orders, touchpoints) = await RecordShopHistoryAsync(customers, cancellationToken);
        var (tickets, solved) = await WorkTicketsAsync(customers, cancellationToken);
        var responses = await AnswerInvitationsAsync(surveyId, solved, cancellationToken);

        _context.Logger.LogInformation(
            "Seeded the {Tenant} tenant in {Seconds:0.0} s: {Customers} customers, {Orders} orders over {Days} days ({Touchpoints} touchpoints), {Tickets} tickets ({Solved} solved), {Responses} CSAT responses",
            Tenant, _context.Time.GetElapsedTime(started).TotalSeconds, customers.Count, orders, HistoryDays, touchpoints, tickets, solved, responses);
    }

    private async Task<Guid> CreateCsatSurveyAsync(CancellationToken cancellationToken)
    {
        var survey = await SendAsync(_surveys, HttpMethod.Post, "api/v1/surveys", new
        {
            name = "CSAT after support",
            kind = "csat",
            anonymous = false,
            definition = new
            {
                defaultLanguage = "en",
                title = new Dictionary<string, string> { ["en"] = "How did we do?", ["de"] = "Wie war unser Service?", ["fr"] = "Comment était notre service ?" },
                mainQuestion = new
                {
                    text = new Dictionary<string, string>
                    {
                        ["en"] = "How satisfied are you with the help you received?",
                        ["de"] = "Wie zufrieden sind Sie mit der erhaltenen Hilfe?",
                        ["fr"] = "Êtes-vous satisfait de l'aide reçue ?",
                    },
                },
            },
        }, cancellationToken);
        var surveyId = survey.GetProperty("id").GetGuid();
        await SendAsync(_surveys, HttpMethod.Post, $"api/v1/surveys/{surveyId}/publish", null, cancellationToken);
        await SendAsync(_surveys, HttpMethod.Post, $"api/v1/surveys/{surveyId}/distribution-rules",
            new { trigger = "ticket_solved", delayHours = 0, expiryDays = 14 }, cancellationToken);
        return surveyId;
    }

    private async Task<List<DemoCustomer>> CreateCustomersAsync(CancellationToken cancellationToken)
    {
        var customers = new List<DemoCustomer>();
        foreach (var (first, last, language, timeZone) in DemoData.People)
        {
            var email = $"{first}.{last}@example.com".ToLowerInvariant();
            var created = await SendAsync(_careOutreach, HttpMethod.Post, "api/v1/customers", new
            {
                fullName = $"{first} {last}",
                preferredName = first,
                language,
                timeZone,
                preferredChannel = "email",
                contactPoints = new[] { new { kind = "email", value = email } },
                interests = new[] { Pick(DemoData.Products).Replace(' ', '-') },
            }, cancellationToken);
            var customer = new DemoCustomer(created.GetProperty("id").GetGuid(), $"{first} {last}", email);
            // Most customers agreed to feedback requests; a few declined.
            var decision = customers.Count % 11 == 5 ? "withdrawn" : "granted";
            await SendAsync(_careOutreach, HttpMethod.Post, $"api/v1/customers/{customer.Id}/consents",
                new { channel = "email", purpose = "survey", decision, source = "checkout" }, cancellationToken);
            customers.Add(customer);
        }
        return customers;
    }

    /// <summary>Orders over the last 90 days with shipping, delivery or backorder, some reviews, and web visits.</summary>
    private async Task<(int Orders, int Touchpoints)> RecordShopHistoryAsync(List<DemoCustomer> customers, CancellationToken cancellationToken)
    {
        var items = new List<object>();
        var orders = 0;
        foreach (var customer in customers)
        {
            for (var i = _random.Next(1, 5); i > 0; i--)
            {
                orders++;
                var orderId = $"A-{10_000 + orders}";
                var product = Pick(DemoData.Products);
                var placed = _now.AddDays(-_random.Next(1, HistoryDays)).AddMinutes(-_random.Next(0, 1440));
                var total = (_random.Next(2_000, 40_000) / 100m).ToString("0.00", CultureInfo.InvariantCulture);
                Touchpoint("order_placed", placed, new() { ["order_id"] = orderId, ["product"] = product, ["order_total"] = total });
                var roll = _random.NextDouble();
                if (roll < 0.08)
                {
                    Touchpoint("order_backordered", placed.AddHours(6), new()
                    {
                        ["order_id"] = orderId, ["product"] = product, ["alternative"] = Pick(DemoData.Products),
                        ["expected_date"] = placed.AddDays(12).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    });
                    continue;
                }
                Touchpoint("order_shipped", placed.AddDays(1), new() { ["order_id"] = orderId, ["carrier"] = "DHL" });
                if (roll < 0.13)
                {
                    Touchpoint("delivery_failed", placed.AddDays(3), new() { ["order_id"] = orderId, ["carrier"] = "DHL" });
                    continue;
                }
                Touchpoint("order_delivered", placed.AddDays(3), new() { ["order_id"] = orderId, ["product"] = product });
                if (_random.NextDouble() < 0.35)
                {
                    var rating = _random.NextDouble() switch { < 0.1 => 1, < 0.2 => 2, < 0.35 => 3, < 0.65 => 4, _ => 5 };
                    Touchpoint("review_posted", placed.AddDays(5), new()
                    {
                        ["order_id"] = orderId, ["product"] = product, ["rating"] = rating.ToString(CultureInfo.InvariantCulture),
                        ["text"] = Pick(DemoData.Reviews[rating - 1]),
                    });
                }
            }
            for (var visit = _random.Next(1, 6); visit > 0; visit--)
            {
                Touchpoint("web_visit", _now.AddDays(-_random.Next(0, HistoryDays)).AddMinutes(-_random.Next(1, 1440)),
                    new() { ["page"] = $"/products/{Pick(DemoData.Products).Replace(' ', '-')}" });
            }

            void Touchpoint(string kind, DateTimeOffset occurredAt, Dictionary<string, string> attributes)
            {
                if (occurredAt < _now)
                {
                    items.Add(new { kind, source = ShopSource, externalId = $"{kind}-{items.Count}", customerId = customer.Id, occurredAt, attributes });
                }
            }
        }
        foreach (var batch in items.Chunk(500))
        {
            await SendAsync(_insights, HttpMethod.Post, "api/v1/touchpoints/batch", new { items = batch }, cancellationToken);
        }
        return (orders, items.Count);
    }

    /// <summary>Tickets from two thirds of the customers, answered by an agent; most of them solved.</summary>
    private async Task<(int Tickets, List<Guid> Solved)> WorkTicketsAsync(List<DemoCustomer> customers, CancellationToken cancellationToken)
    {
        var solved = new List<Guid>();
        var tickets = 0;
        foreach (var customer in customers.Where((_, index) => index % 3 != 2))
        {
            var (subject, type, priority) = Pick(DemoData.TicketTemplates);
            var created = await SendAsync(_ticketing, HttpMethod.Post, "api/v1/tickets", new
            {
                subject = string.Format(CultureInfo.InvariantCulture, subject, Pick(DemoData.Products), $"A-{10_000 + _random.Next(1, 60)}"),
                description = $"Hello, this is {customer.FullName}. {subject.Split(':')[0]} — could you please help me with this?",
                requester = new { customerId = customer.Id },
                channel = Pick(DemoData.Channels),
                type,
                priority,
                tags = new[] { type == "return" ? "refund" : "shipping" },
            }, cancellationToken);
            tickets++;
            var ticketId = created.GetProperty("id").GetGuid();
            if (_random.NextDouble() < 0.2)
            {
                continue;
            }
            await SendAsync(_ticketing, HttpMethod.Post, $"api/v1/tickets/{ticketId}/messages",
                new { body = Pick(DemoData.AgentReplies), @public = true, status = "pending" }, cancellationToken);
            if (_random.NextDouble() < 0.8)
            {
                await SendAsync(_ticketing, HttpMethod.Post, $"api/v1/tickets/{ticketId}/status", new { status = "solved" }, cancellationToken);
                solved.Add(ticketId);
            }
        }
        return (tickets, solved);
    }

    /// <summary>Waits for Surveys to decide the invitations of the solved tickets, then answers about two thirds of those issued.</summary>
    private async Task<int> AnswerInvitationsAsync(Guid surveyId, List<Guid> solvedTickets, CancellationToken cancellationToken)
    {
        var deadline = _context.Time.GetUtcNow().AddMinutes(2);
        JsonElement planned;
        do
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500), _context.Time, cancellationToken);
            planned = await SendAsync(_surveys, HttpMethod.Get, $"api/v1/surveys/{surveyId}/planned-invitations", null, cancellationToken);
        }
        while (planned.EnumerateArray().Count(p => p.GetProperty("status").GetString() != "planned") < solvedTickets.Count
               && _context.Time.GetUtcNow() < deadline);

        var responses = 0;
        foreach (var invitation in planned.EnumerateArray().Where(p => p.GetProperty("invitationId").ValueKind == JsonValueKind.String))
        {
            if (_random.NextDouble() > 0.65)
            {
                continue;
            }
            var details = await SendAsync(_surveys, HttpMethod.Get,
                $"api/v1/surveys/{surveyId}/invitations/{invitation.GetProperty("invitationId").GetGuid()}", null, cancellationToken);
            var link = details.GetProperty("link").GetString()!;
            var form = await SendAsync(_surveys, HttpMethod.Get, link, null, cancellationToken);
            var answers = new Dictionary<string, object>();
            foreach (var question in form.GetProperty("questions").EnumerateArray())
            {
                var id = question.GetProperty("id").GetString()!;
                switch (question.GetProperty("type").GetString())
                {
                    case "rating":
                        answers[id] = _random.NextDouble() switch { < 0.12 => 1, < 0.2 => 2, < 0.3 => 3, < 0.6 => 4, _ => 5 };
                        break;
                    case "free_text" when Pick(DemoData.SurveyComments) is { Length: > 0 } comment:
                        answers[id] = comment;
                        break;
                }
            }
            await SendAsync(_surveys, HttpMethod.Post, $"{link}/answers", new { answers, complete = true }, cancellationToken);
            responses++;
        }
        return responses;
    }

    private T Pick<T>(IReadOnlyList<T> values) => values[_random.Next(values.Count)];

    private HttpClient Client(string service, string token)
    {
        var client = new HttpClient { BaseAddress = _context.HttpUrlOf(service), Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Sends a request that must succeed; answers its JSON (an empty object when there is none).</summary>
    private static async Task<JsonElement> SendAsync(HttpClient client, HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await client.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{method} {path} answered {(int)response.StatusCode}: {text}");
        }
        return JsonSerializer.Deserialize<JsonElement>(text.Length == 0 ? "{}" : text);
    }

    public void Dispose()
    {
        _careOutreach.Dispose();
        _surveys.Dispose();
        _ticketing.Dispose();
        _insights.Dispose();
    }
}
