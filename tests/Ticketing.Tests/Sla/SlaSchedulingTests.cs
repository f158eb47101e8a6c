using System.Net.Http.Json;
using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Testing;
using CxPlatform.Ticketing.Apis;

namespace CxPlatform.Ticketing.Tests.Sla;

public sealed class SlaSchedulingTests(FakeClockTicketingFactory factory) : IClassFixture<FakeClockTicketingFactory>
{
    [Fact]
    public async Task A_breach_is_published_once_at_its_due_instant_and_not_a_second_before()
    {
        var admin = factory.Client("due-instant", CxRoles.Admin);
        var agent = factory.Client("due-instant", CxRoles.Agent);
        var calendar = await SlaRequests.CreateCalendarAsync(admin, SlaRequests.ZurichOffice());
        var policy = await SlaRequests.CreatePolicyAsync(admin, SlaRequests.Policy("High", SlaRequests.Targets(firstReply: 60, resolution: 480), new { priorities = new[] { "high" } }, calendar.Id));
        await using var probe = await BrokerProbe<SlaBreached>.StartAsync(factory.MessagingConnectionString);

        var ticket = await TicketRequests.CreateAsync(agent);
        var dueAt = factory.Clock.GetUtcNow().AddHours(1);

        factory.Clock.SetUtcNow(dueAt.AddSeconds(-1));
        Assert.Empty(await probe.WaitForAsync(m => m.TicketId == ticket.Id, 1, TimeSpan.FromSeconds(3)));

        factory.Clock.SetUtcNow(dueAt);
        var breach = Assert.Single(await probe.WaitForAsync(m => m.TicketId == ticket.Id, 1, settle: TimeSpan.FromSeconds(1))).Message;
        Assert.Equal((SlaMetrics.FirstReply, dueAt, policy.Id, dueAt), (breach.Metric, breach.DueAt, breach.PolicyId, breach.OccurredAt));

        var shown = await agent.GetFromJsonAsync<TicketResponse>($"/api/v1/tickets/{ticket.Id}");
        Assert.Contains(shown!.Sla, s => s.Metric == SlaMetrics.FirstReply && s.Breached && s.DueAt == dueAt);
    }
}
