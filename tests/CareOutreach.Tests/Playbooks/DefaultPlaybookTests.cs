using CxPlatform.Care.Apis;
using CxPlatform.Care.Domain.Outreach;
using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Testing;

namespace CxPlatform.Care.Tests.Playbooks;

/// <summary>
/// Each default playbook end to end: a real event on RabbitMQ → the consumer → the task, on a fake business clock and a
/// care team in Zurich (Monday to Friday 09:00–17:00). The tests share the clock, so each moves it forward to the time it needs.
/// </summary>
public sealed class DefaultPlaybookTests(FakeClockCareOutreachFactory factory) : IClassFixture<FakeClockCareOutreachFactory>, IAsyncLifetime
{
    private static readonly TimeZoneInfo Zurich = TimeZoneInfo.FindSystemTimeZoneById("Europe/Zurich");

    public async ValueTask InitializeAsync() => await OutreachRequests.WaitUntilReadyAsync(factory);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task An_SLA_breach_at_17_30_on_a_Friday_is_apologised_for_in_German_by_Monday_11_00_once_even_when_redelivered()
    {
        var (care, customer) = await TenantWithCustomerAsync("sla-apology", new { language = "de-CH", preferredName = "Ana" });
        var friday = MoveClockTo(Next(DayOfWeek.Friday, 17, 30));
        await using var scheduled = await BrokerProbe<OutreachScheduled>.StartAsync(factory.MessagingConnectionString);
        var breach = CareEvents.SlaBreached("sla-apology", customer, friday, number: 1042);

        await factory.PublishAsync(breach);
        await factory.PublishAsync(breach);

        var task = Assert.Single(await OutreachRequests.WaitForTasksAsync(care, customer));
        Assert.Equal(Local(friday.AddDays(3), 11, 0), task.DueAt);
        Assert.Equal((OutreachStatuses.Due, OutreachKinds.Apology, "care", OutreachPriorities.High, "de", breach.TicketId, breach.EventId),
            (task.Status, task.Kind, task.Team, task.Priority, task.Language, task.RelatedTicketId, task.TriggerEventId));
        Assert.StartsWith("Hallo Ana, es tut mir leid, dass Sie bei Ihrer Anfrage #1042 so lange warten mussten.", task.Text);
        var published = await scheduled.WaitForAsync(m => m.CustomerId == customer, 1, settle: TimeSpan.FromSeconds(1));
        Assert.Equal(task.Id, Assert.Single(published).Message.OutreachId);
        await Eventually.ReturnsAsync(() => RabbitQueues.DepthAsync(factory.MessagingConnectionString, "care-outreach-sla-breached"), n => n == 0);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Single(await OutreachRequests.WaitForTasksAsync(care, customer));
    }

    [Fact]
    public async Task A_solved_complaint_gets_a_check_in_that_the_scheduler_makes_due_three_days_later()
    {
        var (care, customer) = await TenantWithCustomerAsync("complaint-check-in", new { language = "en" });
        var solvedAt = MoveClockTo(Next(DayOfWeek.Monday, 10, 0));

        await factory.PublishAsync(CareEvents.TicketSolved("complaint-check-in", customer, solvedAt, TicketTypes.Question));
        await factory.PublishAsync(CareEvents.TicketSolved("complaint-check-in", customer, solvedAt, TicketTypes.Complaint, number: 77));

        var task = Assert.Single(await OutreachRequests.WaitForTasksAsync(care, customer));
        Assert.Equal((OutreachStatuses.Scheduled, OutreachKinds.CheckIn, solvedAt.AddDays(3), Local(solvedAt.AddDays(4), 10, 0)),
            (task.Status, task.Kind, task.ScheduledFor, task.DueAt));
        Assert.Contains("complaint #77", task.Text);

        factory.Clock.SetUtcNow(task.ScheduledFor.AddSeconds(-1));
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(OutreachStatuses.Scheduled, (await OutreachRequests.GetAsync(care, task.Id)).Task.Status);

        factory.Clock.SetUtcNow(task.ScheduledFor);
        var due = await Eventually.ReturnsAsync(() => OutreachRequests.GetAsync(care, task.Id), t => t.Task.Status == OutreachStatuses.Due);
        Assert.Equal(OutreachStatuses.Due, due.Task.Status);
        Assert.Single(await OutreachRequests.WaitForTasksAsync(care, customer));
    }

    [Fact]
    public async Task A_detractor_NPS_or_low_CSAT_gets_a_recovery_call_due_within_24_hours_and_a_promoter_none()
    {
        var (care, detractor) = await TenantWithCustomerAsync("detractors", new { language = "en", preferredName = "Sam" });
        var (_, promoter) = await CustomerAsync(care, new { language = "en" });
        var (_, unhappy) = await CustomerAsync(care, new { language = "en" });
        var at = MoveClockTo(factory.Clock.GetUtcNow().AddMinutes(5));

        await factory.PublishAsync(CareEvents.SurveyResponded("detractors", promoter, at, SurveyKinds.Nps, 9));
        await factory.PublishAsync(CareEvents.SurveyResponded("detractors", detractor, at, SurveyKinds.Nps, 4));
        await factory.PublishAsync(CareEvents.SurveyResponded("detractors", unhappy, at, SurveyKinds.Csat, 2));

        var call = Assert.Single(await OutreachRequests.WaitForTasksAsync(care, detractor));
        Assert.Equal((OutreachKinds.FollowUp, at.AddHours(24)), (call.Kind, call.DueAt));
        Assert.StartsWith("Hi Sam, thank you for your honest feedback.", call.Text);
        Assert.Single(await OutreachRequests.WaitForTasksAsync(care, unhappy));
        Assert.Empty((await OutreachRequests.ListAsync(care, $"?customerId={promoter}")).Items);
    }

    [Fact]
    public async Task A_backorder_is_explained_with_its_date_and_an_alternative_in_the_customers_language()
    {
        var (care, customer) = await TenantWithCustomerAsync("backorders", new { language = "en-GB", fullName = "Jo Bloggs" });
        var at = MoveClockTo(Next(DayOfWeek.Tuesday, 9, 0));

        await factory.PublishAsync(CareEvents.Touchpoint("backorders", customer, at, TouchpointKinds.OrderBackordered, new()
        {
            ["order_id"] = "A-1001", ["product"] = "the blue helmet", ["expected_date"] = "2026-12-18", ["alternative"] = "the red one",
        }));

        var task = Assert.Single(await OutreachRequests.WaitForTasksAsync(care, customer));
        Assert.Equal(
            "Hi Jo Bloggs, I am sorry: the blue helmet from your order A-1001 is on backorder. We expect it on Friday, 18 December 2026. If you would rather not wait, we can send you the red one instead.",
            task.Text);
        Assert.Equal((OutreachKinds.Explanation, "en", Local(at, 13, 0)), (task.Kind, task.Language, task.DueAt));
    }

    [Fact]
    public async Task A_first_purchase_gets_an_automated_welcome_and_the_second_purchase_none()
    {
        var (care, customer) = await TenantWithCustomerAsync("welcome", new { language = "de", preferredChannel = "email" });
        var at = MoveClockTo(factory.Clock.GetUtcNow().AddMinutes(5));

        await factory.PublishAsync(CareEvents.Touchpoint("welcome", customer, at, TouchpointKinds.OrderPlaced));
        var welcome = Assert.Single(await OutreachRequests.WaitForTasksAsync(care, customer));
        await factory.PublishAsync(CareEvents.Touchpoint("welcome", customer, at.AddMinutes(1), TouchpointKinds.OrderPlaced));
        await Eventually.ReturnsAsync(
            () => Sql.CountAsync(factory.DatabaseConnectionString, "inbox_messages", "consumer = 'care-outreach-touchpoint-recorded' AND tenant_id = 'welcome'"),
            n => n == 2);

        // Never asked for care consent: the contact budget suppresses the welcome at once (see AutomatedMessageDeliveryTests).
        Assert.Equal((true, OutreachKinds.ThankYou, ContactChannels.Email, OutreachStatuses.Skipped, "no_consent", (string?)null),
            (welcome.IsAutomated, welcome.Kind, welcome.Channel, welcome.Status, welcome.Reason, welcome.AssigneeId));
        Assert.StartsWith("Willkommen, ", welcome.Text);
        Assert.Single(await OutreachRequests.WaitForTasksAsync(care, customer));
    }

    [Fact]
    public async Task An_event_without_a_customer_creates_nothing_and_one_naming_a_merged_away_customer_lands_on_the_survivor()
    {
        var (care, survivor) = await TenantWithCustomerAsync("merged", new { language = "en" });
        var (_, duplicate) = await CustomerAsync(care, new { language = "en" });
        Assert.Equal(System.Net.HttpStatusCode.OK, (await CustomerRequests.MergeAsync(care, survivor, duplicate)).StatusCode);
        var at = MoveClockTo(factory.Clock.GetUtcNow().AddMinutes(5));

        await factory.PublishAsync(CareEvents.SlaBreached("merged", null, at));
        await factory.PublishAsync(CareEvents.SlaBreached("merged", duplicate, at));

        var task = Assert.Single(await OutreachRequests.WaitForTasksAsync(care, survivor));
        Assert.Equal(survivor, task.CustomerId);
        await Eventually.ReturnsAsync(
            () => Sql.CountAsync(factory.DatabaseConnectionString, "inbox_messages", "consumer = 'care-outreach-sla-breached' AND tenant_id = 'merged'"),
            n => n == 2);
        Assert.Equal(1, await Sql.CountAsync(factory.DatabaseConnectionString, "outreach_tasks", "\"TenantId\" = 'merged'"));
    }

    [Fact]
    public async Task A_tenants_event_only_runs_that_tenants_playbooks_on_that_tenants_customers()
    {
        var (quietCare, quietCustomer) = await TenantWithCustomerAsync("iso-quiet", new { language = "en" });
        var (loudCare, loudCustomer) = await TenantWithCustomerAsync("iso-loud", new { language = "en" });
        var admin = factory.Client("iso-quiet", CxRoles.Admin);
        var apology = (await PlaybookRequests.ListAsync(admin)).Single(p => p.DefaultKey == "sla-breach-apology");
        Assert.Equal(System.Net.HttpStatusCode.OK, (await admin.PostAsync($"/api/v1/playbooks/{apology.Id}/disable", null)).StatusCode);
        var at = MoveClockTo(factory.Clock.GetUtcNow().AddMinutes(5));

        await factory.PublishAsync(CareEvents.SlaBreached("iso-quiet", quietCustomer, at));
        await factory.PublishAsync(CareEvents.SlaBreached("iso-quiet", loudCustomer, at));
        await factory.PublishAsync(CareEvents.SlaBreached("iso-loud", loudCustomer, at));

        Assert.Single(await OutreachRequests.WaitForTasksAsync(loudCare, loudCustomer));
        await Eventually.ReturnsAsync(
            () => Sql.CountAsync(factory.DatabaseConnectionString, "inbox_messages", "consumer = 'care-outreach-sla-breached' AND tenant_id = 'iso-quiet'"),
            n => n == 2);
        Assert.Equal(0, await Sql.CountAsync(factory.DatabaseConnectionString, "outreach_tasks", "\"TenantId\" = 'iso-quiet'"));
        Assert.Empty((await OutreachRequests.ListAsync(quietCare)).Items);
    }

    private async Task<(HttpClient Care, Guid CustomerId)> TenantWithCustomerAsync(string tenant, object details)
    {
        await PlaybookRequests.SetOfficeHoursAsync(factory.Client(tenant, CxRoles.Admin), "Europe/Zurich");
        return await CustomerAsync(factory.Client(tenant, CxRoles.Care), details);
    }

    private static async Task<(HttpClient Care, Guid CustomerId)> CustomerAsync(HttpClient care, object details) =>
        (care, (await CustomerRequests.CreateAsync(care, fullName: null, extra: details)).Id);

    private DateTimeOffset MoveClockTo(DateTimeOffset instant)
    {
        if (instant > factory.Clock.GetUtcNow())
        {
            factory.Clock.SetUtcNow(instant);
        }
        return factory.Clock.GetUtcNow();
    }

    /// <summary>The next <paramref name="day"/> at the given Zurich time, at least a day after the shared clock's now.</summary>
    private DateTimeOffset Next(DayOfWeek day, int hour, int minute)
    {
        var date = TimeZoneInfo.ConvertTime(factory.Clock.GetUtcNow(), Zurich).Date.AddDays(1);
        while (date.DayOfWeek != day)
        {
            date = date.AddDays(1);
        }
        return Local(date, hour, minute);
    }

    private static DateTimeOffset Local(DateTimeOffset instant, int hour, int minute) =>
        Local(TimeZoneInfo.ConvertTime(instant, Zurich).Date, hour, minute);

    private static DateTimeOffset Local(DateTime date, int hour, int minute)
    {
        var local = date.Date.AddHours(hour).AddMinutes(minute);
        return new DateTimeOffset(local, Zurich.GetUtcOffset(local)).ToUniversalTime();
    }
}
