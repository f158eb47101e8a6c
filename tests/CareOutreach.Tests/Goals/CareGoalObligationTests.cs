using CxPlatform.Care.Domain.Goals;
using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Testing;

namespace CxPlatform.Care.Tests.Goals;

/// <summary>
/// The default apology goal end to end: SLA breaches on RabbitMQ → apology tasks under the goal → met in time, or missed at the
/// due instant with one <see cref="CareGoalMissed"/> on the broker; attainment counted from the rows. Care team in Zurich, fake clock.
/// </summary>
public sealed class CareGoalObligationTests(FakeClockCareOutreachFactory factory) : IClassFixture<FakeClockCareOutreachFactory>, IAsyncLifetime
{
    private const string Tenant = "goal-sla";

    public async ValueTask InitializeAsync() => await OutreachRequests.WaitUntilReadyAsync(factory);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task An_apology_in_time_is_met_one_left_open_past_its_due_instant_is_missed_once_and_a_late_completion_stays_missed()
    {
        await PlaybookRequests.SetOfficeHoursAsync(factory.Client(Tenant, CxRoles.Admin), "Europe/Zurich");
        var care = factory.Client(Tenant, CxRoles.Care);
        var goal = (await CareGoalRequests.ListAsync(care)).Single(g => g.DefaultKey == "sla-breach-apology");
        var punctual = (await CustomerRequests.CreateAsync(care, fullName: "Pia Punctual")).Id;
        var forgotten = (await CustomerRequests.CreateAsync(care, fullName: "Fred Forgotten")).Id;
        await using var scheduled = await BrokerProbe<OutreachScheduled>.StartAsync(factory.MessagingConnectionString);
        await using var missed = await BrokerProbe<CareGoalMissed>.StartAsync(factory.MessagingConnectionString);
        var now = factory.Clock.GetUtcNow();
        var forgottenBreach = CareEvents.SlaBreached(Tenant, forgotten, now);

        await factory.PublishAsync(CareEvents.SlaBreached(Tenant, punctual, now));
        await factory.PublishAsync(forgottenBreach);

        var apology = Assert.Single(await OutreachRequests.WaitForTasksAsync(care, punctual));
        var neglected = Assert.Single(await OutreachRequests.WaitForTasksAsync(care, forgotten));
        var announced = await scheduled.WaitForAsync(m => m.TenantId == Tenant, 2);
        Assert.All(announced, m => Assert.Equal(goal.Id, m.Message.CareGoalId));

        await OutreachRequests.MoveAsync(care, apology.Id, "start");
        await OutreachRequests.MoveAsync(care, apology.Id, "complete", new { outcome = "reached" });
        factory.Clock.SetUtcNow(neglected.DueAt);
        var atDueInstant = await CareGoalRequests.AttainmentAsync(care, goal.Id);
        Assert.Equal((1, 0, 1, 1.0, GoalStates.OnTrack), (atDueInstant.Met, atDueInstant.Missed, atDueInstant.Open, atDueInstant.Attainment, atDueInstant.State));

        factory.Clock.SetUtcNow(neglected.DueAt.AddSeconds(1));
        var miss = Assert.Single(await missed.WaitForAsync(m => m.TenantId == Tenant, 1, settle: TimeSpan.FromSeconds(1))).Message;
        Assert.Equal((goal.Id, goal.Name, forgotten, neglected.DueAt, 0.95, neglected.Id, forgottenBreach.TicketId, forgottenBreach.EventId),
            (miss.GoalId, miss.GoalName, miss.CustomerId, miss.DueAt, miss.TargetRate, miss.OutreachId, miss.RelatedTicketId, miss.TriggerEventId));
        var afterMiss = await CareGoalRequests.AttainmentAsync(care, goal.Id, "2026-03");
        Assert.Equal((1, 1, 0, 0.5, GoalStates.AtRisk, "2026-03"),
            (afterMiss.Met, afterMiss.Missed, afterMiss.Open, afterMiss.Attainment, afterMiss.State, afterMiss.Period));

        await OutreachRequests.MoveAsync(care, neglected.Id, "start");
        await OutreachRequests.MoveAsync(care, neglected.Id, "complete", new { outcome = "reached" });
        Assert.Equal((goal.Id, "missed"), ((await OutreachRequests.GetAsync(care, neglected.Id)).Task.CareGoalId, (await OutreachRequests.GetAsync(care, neglected.Id)).Task.ObligationStatus));
        var afterLateCompletion = await CareGoalRequests.AttainmentAsync(care, goal.Id, "2026-03");
        Assert.Equal((1, 1, 0.5), (afterLateCompletion.Met, afterLateCompletion.Missed, afterLateCompletion.Attainment));
        Assert.Single(missed.Received, m => m.Message.TenantId == Tenant);
        var listed = (await CareGoalRequests.ListAsync(care)).Single(g => g.Id == goal.Id).CurrentPeriod;
        Assert.Equal((1, 1, "2026-03"), (listed.Met, listed.Missed, listed.Period));
    }

    [Fact]
    public async Task A_detractor_call_skipped_before_its_due_time_is_missed_at_the_due_instant_and_an_earlier_period_had_nothing_due()
    {
        const string tenant = "goal-detractor";
        var care = factory.Client(tenant, CxRoles.Care);
        var goal = (await CareGoalRequests.ListAsync(care)).Single(g => g.DefaultKey == "detractor-recovery");
        var customer = (await CustomerRequests.CreateAsync(care, fullName: "Dora Detractor")).Id;
        await using var missed = await BrokerProbe<CareGoalMissed>.StartAsync(factory.MessagingConnectionString);

        await factory.PublishAsync(CareEvents.SurveyResponded(tenant, customer, factory.Clock.GetUtcNow(), SurveyKinds.Nps, 3));
        var call = Assert.Single(await OutreachRequests.WaitForTasksAsync(care, customer));
        await OutreachRequests.MoveAsync(care, call.Id, "skip", new { reason = "Customer asked not to be called." });
        Assert.Equal(1, (await CareGoalRequests.AttainmentAsync(care, goal.Id)).Open);

        factory.Clock.SetUtcNow(call.DueAt.AddMinutes(1));
        var miss = Assert.Single(await missed.WaitForAsync(m => m.TenantId == tenant, 1, settle: TimeSpan.FromSeconds(1))).Message;
        Assert.Equal((goal.Id, call.Id, 1.0), (miss.GoalId, miss.OutreachId, miss.TargetRate));
        var now = await CareGoalRequests.AttainmentAsync(care, goal.Id);
        Assert.Equal((0, 1, 0.0, GoalStates.AtRisk), (now.Met, now.Missed, now.Attainment, now.State));
        var before = await CareGoalRequests.AttainmentAsync(care, goal.Id, "2026-W01");
        Assert.Equal((0, 0, (double?)null, GoalStates.Achieved, true), (before.Met, before.Missed, before.Attainment, before.State, before.Ended));
    }
}
