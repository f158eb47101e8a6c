using CxPlatform.Contracts;
using CxPlatform.Insights.Apis;
using CxPlatform.Insights.Domain;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Testing;
using System.Net.Http.Json;

namespace CxPlatform.Insights.Tests;

/// <summary>Every integration event becomes one touchpoint, exactly once, through the inbox; ticket events join the customer through the ticket.</summary>
public sealed class ConsumerTests(InsightsApiFactory factory) : IClassFixture<InsightsApiFactory>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await factory.WaitUntilReadyAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Each_integration_event_appears_once_on_the_timeline_even_when_redelivered()
    {
        var tenant = InsightsApiFactory.NewTenant("events");
        var customer = Guid.NewGuid();
        var events = PlatformEvents.OneOfEach(tenant, customer, DateTimeOffset.UtcNow.AddHours(-1));

        foreach (var message in events)
        {
            await factory.PublishAsync((dynamic)message);
            await factory.PublishAsync((dynamic)message); // a redelivery: same message id
        }

        await Eventually.ReturnsAsync(() => Rows.TouchpointsAsync(factory, tenant), n => n >= events.Count);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(events.Count, await Rows.TouchpointsAsync(factory, tenant));
        var timeline = await Touchpoints.TimelineAsync(factory.CreateClient(tenant, CxRoles.Care), customer, "?limit=50");
        Assert.Equal(PlatformKinds.All.Order(), timeline.Items.Select(i => i.Kind).Order());
        var recorded = await Sql.ScalarAsync<string>(factory.DatabaseConnectionString,
            $"SELECT string_agg(\"MessageId\"::text, ',' ORDER BY \"MessageId\") FROM touchpoints WHERE \"TenantId\" = '{tenant}'");
        Assert.Equal(string.Join(',', events.Select(e => e.EventId.ToString()).Order()), recorded);
    }

    [Fact]
    public async Task Ticket_events_from_before_the_customer_was_resolved_join_the_customers_timeline_and_open_tickets_mean_in_support()
    {
        var tenant = InsightsApiFactory.NewTenant("ticket-link");
        var customer = Guid.NewGuid();
        var ticket = Guid.NewGuid();
        var at = DateTimeOffset.UtcNow.AddHours(-3);
        var client = factory.CreateClient(tenant, CxRoles.Agent);

        await factory.PublishAsync(PlatformEvents.TicketCreated(tenant, ticket, null, at));
        await Eventually.ReturnsAsync(() => Rows.TouchpointsAsync(factory, tenant), n => n == 1);
        await factory.PublishAsync(PlatformEvents.TicketAssigned(tenant, ticket, customer, at.AddMinutes(5)));
        await Eventually.ReturnsAsync(() => Rows.TouchpointsAsync(factory, tenant), n => n == 2);

        var timeline = await Touchpoints.TimelineAsync(client, customer);
        Assert.Equal([PlatformKinds.TicketAssigned, PlatformKinds.TicketCreated], timeline.Items.Select(i => i.Kind));
        Assert.Equal(JourneyStages.InSupport, (await client.GetFromJsonAsync<CustomerSummary>($"/api/v1/customers/{customer}"))!.JourneyStage);

        await factory.PublishAsync(PlatformEvents.TicketSolved(tenant, ticket, customer, at.AddHours(1)));
        var summary = await Eventually.ReturnsAsync(
            async () => (await client.GetFromJsonAsync<CustomerSummary>($"/api/v1/customers/{customer}"))!, s => s.OpenTickets == 0);
        Assert.Equal((0, JourneyStages.Prospect), (summary.OpenTickets, summary.JourneyStage));
    }

    [Fact]
    public async Task A_detractor_answer_puts_the_customer_at_risk_and_shows_among_the_recent_scores()
    {
        var tenant = InsightsApiFactory.NewTenant("detractor");
        var customer = Guid.NewGuid();
        var client = factory.CreateClient(tenant, CxRoles.Analyst);
        await Touchpoints.RecordAsync(factory.CreateClient(tenant, CxRoles.Service), Touchpoints.Order(customer, DateTimeOffset.UtcNow.AddDays(-20)));

        await factory.PublishAsync(PlatformEvents.SurveyResponded(tenant, customer, DateTimeOffset.UtcNow.AddMinutes(-5), SurveyKinds.Nps, 3));

        var summary = await Eventually.ReturnsAsync(
            async () => (await client.GetFromJsonAsync<CustomerSummary>($"/api/v1/customers/{customer}"))!, s => s.LastNpsScore is not null);
        Assert.Equal((JourneyStages.AtRisk, RiskReasons.DetractorResponse, 1), (summary.JourneyStage, Assert.Single(summary.RiskReasons), summary.OrderCount));
        var score = Assert.Single(summary.RecentScores);
        Assert.Equal((SurveyKinds.Nps, (int?)3, NpsCategories.Detractor), (score.SurveyKind, score.Score, score.Category));
    }
}
