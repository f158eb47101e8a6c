using System.Net.Http.Json;
using CxPlatform.Contracts;
using CxPlatform.Contracts.Grpc.Insights;
using CxPlatform.Insights.Apis;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Testing;

namespace CxPlatform.Insights.Tests;

/// <summary>
/// The health score end to end: real events on RabbitMQ move it, <c>CustomerAtRisk</c> reaches the broker once per crossing
/// (not again for redeliveries, duplicates or further falls), and again only after a recovery above threshold + margin.
/// </summary>
public sealed class HealthTests(InsightsApiFactory factory) : IClassFixture<InsightsApiFactory>, IAsyncLifetime
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(2);

    public async ValueTask InitializeAsync() => await factory.WaitUntilReadyAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_detractor_answer_an_sla_breach_and_an_open_ticket_publish_one_CustomerAtRisk_despite_redeliveries()
    {
        var tenant = InsightsApiFactory.NewTenant("at-risk");
        var customer = Guid.NewGuid();
        var ticket = Guid.NewGuid();
        var at = DateTimeOffset.UtcNow.AddHours(-2);
        await using var probe = await BrokerProbe<CustomerAtRisk>.StartAsync(factory.MessagingConnectionString);

        IIntegrationEvent[] events =
        [
            PlatformEvents.TicketCreated(tenant, ticket, customer, at),
            PlatformEvents.SlaBreached(tenant, ticket, customer, at.AddMinutes(10)),
            PlatformEvents.SurveyResponded(tenant, customer, at.AddMinutes(20), SurveyKinds.Nps, 2),
        ];
        await PublishInTurnAsync(tenant, events);

        var atRisk = Assert.Single(await probe.WaitForAsync(m => m.CustomerId == customer, 1, settle: Settle)).Message;
        Assert.Equal((tenant, 33.5, 40.0, JourneyStages.AtRisk), (atRisk.TenantId, atRisk.HealthScore, atRisk.Threshold, atRisk.JourneyStage));
        Assert.Equal([RiskReasons.DetractorResponse, RiskReasons.NegativeSentiment, RiskReasons.SlaBreaches], atRisk.Reasons);
        Assert.Equal(56.7, atRisk.PreviousHealthScore);

        // Redeliveries (same message ids) and a further fall while still at risk publish nothing more.
        foreach (var message in events)
        {
            await factory.PublishAsync((dynamic)message);
        }
        await PublishInTurnAsync(tenant, [PlatformEvents.SurveyResponded(tenant, customer, at.AddMinutes(30), SurveyKinds.Nps, 0)]);
        Assert.Single(await probe.WaitForAsync(m => m.CustomerId == customer, 2, TimeSpan.FromSeconds(3), Settle));
        Assert.Equal(4, await Rows.TouchpointsAsync(factory, tenant));
        Assert.Equal(1, await Sql.CountAsync(factory.DatabaseConnectionString, "outbox_messages",
            $"tenant_id = '{tenant}' AND message_type LIKE '%CustomerAtRisk%'"));

        var summary = (await factory.CreateClient(tenant, CxRoles.Agent).GetFromJsonAsync<CustomerSummary>($"/api/v1/customers/{customer}"))!;
        Assert.Equal((true, 25.5), (summary.AtRisk, summary.HealthScore)); // NPS 0: 0.20·40 + 0.15·50 + 0.10·100
        Assert.Equal(RiskReasons.DetractorResponse, summary.HealthReasons[0]);

        var context = await InsightsGrpc.Client(factory).GetCustomerContextAsync(
            new GetCustomerContextRequest { CustomerId = customer.ToString() }, InsightsGrpc.As(tenant, CxRoles.Service));
        Assert.Equal((25.5, true), (context.HealthScore, context.AtRisk));
        Assert.Equal([RiskReasons.DetractorResponse, RiskReasons.NegativeSentiment, RiskReasons.SlaBreaches], context.RiskReasons);
    }

    [Fact]
    public async Task Only_a_recovery_above_threshold_plus_margin_rearms_the_next_CustomerAtRisk()
    {
        var tenant = InsightsApiFactory.NewTenant("rearm");
        var customer = Guid.NewGuid();
        var ticket = Guid.NewGuid();
        var at = DateTimeOffset.UtcNow.AddHours(-2);
        await using var probe = await BrokerProbe<CustomerAtRisk>.StartAsync(factory.MessagingConnectionString);

        await PublishInTurnAsync(tenant,
        [
            PlatformEvents.TicketCreated(tenant, ticket, customer, at),
            PlatformEvents.SlaBreached(tenant, ticket, customer, at.AddMinutes(10)),
            PlatformEvents.SurveyResponded(tenant, customer, at.AddMinutes(20), SurveyKinds.Nps, 2), // 33.5: crossing 1
            PlatformEvents.SurveyResponded(tenant, customer, at.AddMinutes(30), SurveyKinds.Nps, 5), // 45.5: above 40, below 50
            PlatformEvents.SurveyResponded(tenant, customer, at.AddMinutes(40), SurveyKinds.Nps, 2), // 33.5: still latched
        ]);
        Assert.Single(await probe.WaitForAsync(m => m.CustomerId == customer, 2, TimeSpan.FromSeconds(3), Settle));

        await PublishInTurnAsync(tenant,
        [
            PlatformEvents.SurveyResponded(tenant, customer, at.AddMinutes(50), SurveyKinds.Nps, 10), // 80.5: re-armed
            PlatformEvents.SurveyResponded(tenant, customer, at.AddMinutes(60), SurveyKinds.Nps, 1),  // 29.5: crossing 2
        ]);
        var crossings = await probe.WaitForAsync(m => m.CustomerId == customer, 2, settle: Settle);
        Assert.Equal([33.5, 29.5], crossings.Select(c => c.Message.HealthScore));
        Assert.Equal(80.5, crossings.Last().Message.PreviousHealthScore);
    }

    /// <summary>Publishes one event at a time and waits until it is recorded: the crossings depend on the order.</summary>
    private async Task PublishInTurnAsync(string tenant, IReadOnlyList<IIntegrationEvent> events)
    {
        foreach (var message in events)
        {
            var before = await Rows.TouchpointsAsync(factory, tenant);
            await factory.PublishAsync((dynamic)message);
            Assert.Equal(before + 1, await Eventually.ReturnsAsync(() => Rows.TouchpointsAsync(factory, tenant), n => n > before));
        }
    }
}
