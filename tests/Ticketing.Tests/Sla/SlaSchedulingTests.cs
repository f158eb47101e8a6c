using CxPlatform.ServiceDefaults.BusinessTime;
using System.Net.Http.Json;
using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Testing;
using CxPlatform.Ticketing.Apis;
using CxPlatform.Ticketing.Apis.Sla;
using CxPlatform.Ticketing.Domain.Sla;

namespace CxPlatform.Ticketing.Tests.Sla;

/// <summary>Breach detection against the fake business clock; the tests of this class share it, so each reads the time it starts at.</summary>
public sealed class SlaSchedulingTests(FakeClockTicketingFactory factory) : IClassFixture<FakeClockTicketingFactory>
{
    private static readonly BusinessCalendar ZurichOffice = Calendars.Office(Calendars.Zurich);

    [Fact]
    public async Task A_breach_is_published_once_at_its_due_instant_and_not_a_second_before()
    {
        var (agent, policy) = await TenantWithOfficeHoursPolicyAsync("due-instant");
        await using var probe = await BrokerProbe<SlaBreached>.StartAsync(factory.MessagingConnectionString);

        var ticket = await TicketRequests.CreateAsync(agent);
        var dueAt = ZurichOffice.AddBusinessMinutes(ticket.CreatedAt, 60);

        factory.Clock.SetUtcNow(dueAt.AddSeconds(-1));
        Assert.Empty(await probe.WaitForAsync(m => m.TicketId == ticket.Id, 1, TimeSpan.FromSeconds(3)));

        factory.Clock.SetUtcNow(dueAt);
        var breach = Assert.Single(await probe.WaitForAsync(m => m.TicketId == ticket.Id, 1, settle: TimeSpan.FromSeconds(1))).Message;
        Assert.Equal((SlaMetrics.FirstReply, dueAt, policy.Id, dueAt, ticket.Number), (breach.Metric, breach.DueAt, breach.PolicyId, breach.OccurredAt, breach.Number));
    }

    [Fact]
    public async Task The_ticket_shows_due_instant_remaining_business_minutes_and_breached()
    {
        var (agent, _) = await TenantWithOfficeHoursPolicyAsync("ticket-view");
        var ticket = await TicketRequests.CreateAsync(agent);
        var dueAt = ZurichOffice.AddBusinessMinutes(ticket.CreatedAt, 60);

        factory.Clock.SetUtcNow(ZurichOffice.AddBusinessMinutes(ticket.CreatedAt, 45));
        var before = await FirstReplyAsync(agent, ticket.Id);
        factory.Clock.SetUtcNow(ZurichOffice.AddBusinessMinutes(ticket.CreatedAt, 70));
        var after = await Eventually.ReturnsAsync(() => FirstReplyAsync(agent, ticket.Id), s => s.Breached);

        Assert.Equal((dueAt, 15L, false), (before.DueAt, before.RemainingMinutes, before.Breached));
        Assert.Equal((dueAt, -10L, true, false), (after.DueAt, after.RemainingMinutes, after.Breached, after.Paused));
        // The view counts an overdue target as breached at once; the scheduler records it in its own transaction.
        await Eventually.ReturnsAsync(
            () => Sql.CountAsync(factory.DatabaseConnectionString, "ticket_sla_targets", $"\"TicketId\" = '{ticket.Id}' AND \"BreachedAt\" IS NOT NULL"),
            count => count == 1);
    }

    [Fact]
    public async Task Pending_pauses_the_clock_and_reopening_moves_the_due_instant_by_the_pause()
    {
        var (agent, _) = await TenantWithOfficeHoursPolicyAsync("pausing");
        await using var probe = await BrokerProbe<SlaBreached>.StartAsync(factory.MessagingConnectionString);
        var ticket = await TicketRequests.CreateAsync(agent);
        var originalDue = ZurichOffice.AddBusinessMinutes(ticket.CreatedAt, 60);

        factory.Clock.SetUtcNow(ZurichOffice.AddBusinessMinutes(ticket.CreatedAt, 20));
        await TicketRequests.ChangeStatusAsync(agent, ticket.Id, TicketStatuses.Pending);
        var paused = await FirstReplyAsync(agent, ticket.Id);
        factory.Clock.SetUtcNow(ZurichOffice.AddBusinessMinutes(originalDue, 120));
        Assert.Empty(await probe.WaitForAsync(m => m.TicketId == ticket.Id, 1, TimeSpan.FromSeconds(3)));

        var resumedAt = factory.Clock.GetUtcNow();
        await TicketRequests.ChangeStatusAsync(agent, ticket.Id, TicketStatuses.Open);
        var resumed = await FirstReplyAsync(agent, ticket.Id);

        Assert.Equal((true, (DateTimeOffset?)null, 40L), (paused.Paused, paused.DueAt, paused.RemainingMinutes));
        var movedDue = ZurichOffice.AddBusinessMinutes(resumedAt, 40);
        Assert.Equal((false, movedDue, 40L), (resumed.Paused, resumed.DueAt, resumed.RemainingMinutes));
        factory.Clock.SetUtcNow(movedDue);
        var breach = Assert.Single(await probe.WaitForAsync(m => m.TicketId == ticket.Id, 1, settle: TimeSpan.FromSeconds(1))).Message;
        Assert.Equal(movedDue, breach.DueAt);
    }

    [Fact]
    public async Task An_agents_first_reply_through_the_API_meets_first_reply_and_no_breach_follows()
    {
        var (agent, _) = await TenantWithOfficeHoursPolicyAsync("replied-in-time");
        await using var probe = await BrokerProbe<SlaBreached>.StartAsync(factory.MessagingConnectionString);
        var ticket = await TicketRequests.CreateAsync(agent);
        var dueAt = ZurichOffice.AddBusinessMinutes(ticket.CreatedAt, 60);

        factory.Clock.SetUtcNow(ZurichOffice.AddBusinessMinutes(ticket.CreatedAt, 30));
        await TicketRequests.ReplyAsync(agent, ticket.Id, "We are looking into it.");
        factory.Clock.SetUtcNow(dueAt.AddMinutes(5));

        var firstReply = await FirstReplyAsync(agent, ticket.Id);
        Assert.Equal((false, ZurichOffice.AddBusinessMinutes(ticket.CreatedAt, 30)), (firstReply.Breached, firstReply.AchievedAt));
        Assert.Empty(await probe.WaitForAsync(m => m.TicketId == ticket.Id && m.Metric == SlaMetrics.FirstReply, 1, TimeSpan.FromSeconds(3)));
    }

    [Fact]
    public async Task The_breached_work_queue_lists_tickets_with_an_overdue_target()
    {
        var (agent, _) = await TenantWithOfficeHoursPolicyAsync("breached-queue");
        var late = await TicketRequests.CreateAsync(agent);
        factory.Clock.SetUtcNow(ZurichOffice.AddBusinessMinutes(late.CreatedAt, 50));
        var fresh = await TicketRequests.CreateAsync(agent);

        factory.Clock.SetUtcNow(ZurichOffice.AddBusinessMinutes(late.CreatedAt, 61));
        var breached = await Eventually.ReturnsAsync(
            async () => (await agent.GetFromJsonAsync<TicketPage>("/api/v1/tickets?breached=true"))!.Items.Select(t => t.Id).ToList(),
            ids => ids.Count > 0);
        var onTime = (await agent.GetFromJsonAsync<TicketPage>("/api/v1/tickets?breached=false"))!.Items.Select(t => t.Id);

        Assert.Equal([late.Id], breached);
        Assert.Equal([fresh.Id], onTime);
    }

    private async Task<(HttpClient Agent, SlaPolicyResponse Policy)> TenantWithOfficeHoursPolicyAsync(string tenant)
    {
        var admin = factory.Client(tenant, CxRoles.Admin);
        var calendar = await SlaRequests.CreateCalendarAsync(admin, SlaRequests.ZurichOffice());
        var policy = await SlaRequests.CreatePolicyAsync(admin, SlaRequests.Policy(
            "High", SlaRequests.Targets(firstReply: 60, resolution: 480), new { priorities = new[] { "high" } }, calendar.Id));
        return (factory.Client(tenant, CxRoles.Agent), policy);
    }

    private static async Task<SlaTargetResponse> FirstReplyAsync(HttpClient client, Guid ticketId) =>
        (await client.GetFromJsonAsync<TicketResponse>($"/api/v1/tickets/{ticketId}"))!.Sla.Single(s => s.Metric == SlaMetrics.FirstReply);
}
