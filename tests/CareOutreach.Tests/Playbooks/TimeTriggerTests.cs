using System.Net;
using System.Net.Http.Json;
using CxPlatform.Care.Apis;
using CxPlatform.Care.Domain;
using CxPlatform.Care.Domain.Outreach;
using CxPlatform.Care.Domain.Playbooks;
using CxPlatform.Care.Playbooks;
using CxPlatform.Care.TimeTriggers;
using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.ServiceDefaults.Tenancy;
using CxPlatform.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CxPlatform.Care.Tests.Playbooks;

/// <summary>
/// The inactivity and date triggers end to end: activity from events on RabbitMQ, the business clock moved forward, the sweep
/// run directly (alongside the service's own sweeper, which the clock also wakes), tasks read through the API. The clock is
/// shared by the class and only ever moves forward, so every test counts from wherever it finds it.
/// </summary>
public sealed class TimeTriggerTests(FakeClockCareOutreachFactory factory) : IClassFixture<FakeClockCareOutreachFactory>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await OutreachRequests.WaitUntilReadyAsync(factory);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_customer_quiet_for_N_days_gets_one_check_in_however_often_and_by_however_many_sweepers_and_new_activity_rearms_it()
    {
        const string tenant = "quiet";
        var admin = factory.Client(tenant, CxRoles.Admin);
        var care = factory.Client(tenant, CxRoles.Care);
        await PlaybookRequests.SetOfficeHoursAsync(admin, "Europe/Zurich");
        var (playbook, _) = await PlaybookRequests.CreateAsync(admin, PlaybookRequests.Body(
            trigger: "inactivity",
            templates: new Dictionary<string, string> { ["en"] = "Hi {{customer.preferred_name}}, {{inactivity.days}} quiet days since {{inactivity.last_active_on}}." },
            extra: new { inactiveDays = 30, kind = "check_in" }));
        var customer = (await CustomerRequests.CreateAsync(care, extra: new { preferredName = "Ina", language = "en-GB", timeZone = "Europe/London" })).Id;
        var activeAt = factory.Clock.GetUtcNow();

        await factory.PublishAsync(CareEvents.Touchpoint(tenant, customer, activeAt, TouchpointKinds.WebVisit));
        await WaitForActivityAsync(customer, activeAt);
        factory.Clock.Advance(TimeSpan.FromDays(30) - TimeSpan.FromMinutes(1));
        await SweepAsync();
        Assert.Empty(await TasksOfAsync(care, customer));

        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await Task.WhenAll(SweepAsync(), SweepAsync(), SweepAsync());
        await SweepAsync();

        var checkIn = Assert.Single(await TasksOfAsync(care, customer));
        Assert.Equal((playbook.Id, "check_in", OutreachStatuses.Due), (checkIn.PlaybookId, checkIn.Kind, checkIn.Status));
        var activeOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(activeAt, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).DateTime);
        Assert.Equal($"Hi Ina, 30 quiet days since {activeOn.ToString("D", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))}.", checkIn.Text);

        factory.Clock.Advance(TimeSpan.FromDays(70));
        await SweepAsync();
        Assert.Single(await TasksOfAsync(care, customer));

        var activeAgainAt = factory.Clock.GetUtcNow();
        await factory.PublishAsync(CareEvents.SurveyResponded(tenant, customer, activeAgainAt, SurveyKinds.Nps, 9));
        await WaitForActivityAsync(customer, activeAgainAt);
        await SweepAsync();
        Assert.Single(await TasksOfAsync(care, customer));
        factory.Clock.Advance(TimeSpan.FromDays(30));
        await SweepAsync();

        var both = await TasksOfAsync(care, customer);
        Assert.Equal(2, both.Count);
        Assert.Equal(2, both.Select(t => t.TriggerEventId).Distinct().Count());
        Assert.All(both, t => Assert.Equal(playbook.Id, t.PlaybookId));
    }

    [Fact]
    public async Task Activity_only_moves_forward_so_an_older_event_arriving_late_changes_nothing()
    {
        const string tenant = "late-events";
        var care = factory.Client(tenant, CxRoles.Care);
        var customer = (await CustomerRequests.CreateAsync(care)).Id;
        var now = factory.Clock.GetUtcNow();
        await using var scope = factory.Services.GetRequiredService<IServiceScopeFactory>().CreateTenantScope(tenant);
        var recorder = scope.ServiceProvider.GetRequiredService<CustomerActivityRecorder>();

        await recorder.RecordAsync(customer, now, CancellationToken.None);
        await recorder.RecordAsync(customer, now.AddDays(-10), CancellationToken.None);

        Assert.Equal(now.UtcTicks / 10 * 10, (await LastActiveAtAsync(customer))!.Value.UtcTicks / 10 * 10);
    }

    [Fact]
    public async Task A_customer_anniversary_plans_one_task_on_the_day_in_the_customers_own_time_zone()
    {
        const string tenant = "anniversary";
        var admin = factory.Client(tenant, CxRoles.Admin);
        var care = factory.Client(tenant, CxRoles.Care);
        var (playbook, _) = await PlaybookRequests.CreateAsync(admin, PlaybookRequests.Body(
            trigger: "date",
            templates: new Dictionary<string, string> { ["en"] = "Happy {{anniversary.years}}. anniversary, {{customer.preferred_name}}! ({{anniversary.kind}} {{anniversary.date}})" },
            extra: new { dateKind = "customer_since", kind = "thank_you", priority = "low" }));
        Assert.Equal(("date", "customer_since", (int?)null), (playbook.Trigger, playbook.DateKind, playbook.InactiveDays));
        var auckland = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland");
        var customer = (await CustomerRequests.CreateAsync(care, extra: new { preferredName = "Kiri", language = "en", timeZone = "Pacific/Auckland" })).Id;
        var createdOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(factory.Clock.GetUtcNow(), auckland).DateTime);
        var anniversary = createdOn.AddYears(1).ToDateTime(TimeOnly.MinValue);
        var anniversaryStarts = new DateTimeOffset(anniversary, auckland.GetUtcOffset(anniversary)).ToUniversalTime();

        factory.Clock.SetUtcNow(anniversaryStarts.AddMinutes(-1));
        await SweepAsync();
        Assert.Empty(await TasksOfAsync(care, customer));

        factory.Clock.SetUtcNow(anniversaryStarts.AddMinutes(30));
        await Task.WhenAll(SweepAsync(), SweepAsync());
        factory.Clock.Advance(TimeSpan.FromHours(20));
        await SweepAsync();

        var task = Assert.Single(await TasksOfAsync(care, customer));
        Assert.Equal((playbook.Id, "thank_you"), (task.PlaybookId, task.Kind));
        Assert.Equal($"Happy 1. anniversary, Kiri! (customer_since {createdOn.ToString("D", System.Globalization.CultureInfo.GetCultureInfo("en"))})", task.Text);
        factory.Clock.Advance(TimeSpan.FromDays(2));
        await SweepAsync();
        Assert.Single(await TasksOfAsync(care, customer));
    }

    [Fact]
    public async Task A_customer_since_29_February_is_celebrated_on_28_February_of_the_next_year_and_the_contact_budget_applies()
    {
        const string tenant = "leap-day";
        var admin = factory.Client(tenant, CxRoles.Admin);
        var care = factory.Client(tenant, CxRoles.Care);
        await PlaybookRequests.CreateAsync(admin, PlaybookRequests.Body(
            trigger: "date",
            templates: new Dictionary<string, string> { ["en"] = "{{anniversary.years}} year with us, {{customer.preferred_name}}!" },
            extra: new { dateKind = "customer_since", action = "automated_message", kind = "thank_you" }));
        // The next 29 February the shared clock has not passed yet (2028, unless other tests moved it further).
        var year = factory.Clock.GetUtcNow().Year;
        while (!DateTime.IsLeapYear(year) || new DateTimeOffset(year, 2, 29, 12, 0, 0, TimeSpan.Zero) <= factory.Clock.GetUtcNow())
        {
            year++;
        }
        factory.Clock.SetUtcNow(new DateTimeOffset(year, 2, 29, 12, 0, 0, TimeSpan.Zero));
        var customer = (await CustomerRequests.CreateAsync(care, extra: new { preferredName = "Leo", language = "en", timeZone = "UTC" })).Id;
        var created = factory.Clock.GetUtcNow();
        var expected = TimeTriggerRules.AnniversaryYears(DateOnly.FromDateTime(created.UtcDateTime), DateOnly.FromDateTime(created.AddYears(1).UtcDateTime));
        Assert.Equal(1, expected);

        factory.Clock.SetUtcNow(new DateTimeOffset(created.AddYears(1).UtcDateTime.Date.AddHours(10), TimeSpan.Zero));
        await SweepAsync();

        // No care consent recorded: the automated message is suppressed by the contact budget, as any other outreach would be.
        var task = Assert.Single(await TasksOfAsync(care, customer));
        Assert.Equal((true, OutreachStatuses.Skipped, ContactRules.NoConsent, "1 year with us, Leo!"), (task.IsAutomated, task.Status, task.Reason, task.Text));
        Assert.Equal(1, await Sql.CountAsync(factory.DatabaseConnectionString, "contact_decisions", $"\"TenantId\" = '{tenant}' AND \"CustomerId\" = '{customer}'"));
    }

    [Fact]
    public async Task A_first_purchase_anniversary_counts_from_the_first_order_CareOutreach_saw()
    {
        const string tenant = "first-order-anniversary";
        var admin = factory.Client(tenant, CxRoles.Admin);
        var care = factory.Client(tenant, CxRoles.Care);
        var (playbook, _) = await PlaybookRequests.CreateAsync(admin, PlaybookRequests.Body(
            trigger: "date",
            templates: new Dictionary<string, string> { ["en"] = "{{anniversary.years}} year since your first order, {{customer.preferred_name}}." },
            extra: new { dateKind = "first_purchase", kind = "thank_you" }));
        var buyer = (await CustomerRequests.CreateAsync(care, extra: new { preferredName = "Bea", language = "en", timeZone = "UTC" })).Id;
        var browser = (await CustomerRequests.CreateAsync(care, extra: new { preferredName = "Bo", language = "en", timeZone = "UTC" })).Id;
        factory.Clock.Advance(TimeSpan.FromDays(3));
        var orderedAt = factory.Clock.GetUtcNow();
        await factory.PublishAsync(CareEvents.Touchpoint(tenant, buyer, orderedAt, TouchpointKinds.OrderPlaced));
        await factory.PublishAsync(CareEvents.Touchpoint(tenant, browser, orderedAt, TouchpointKinds.WebVisit));
        await WaitForActivityAsync(buyer, orderedAt);
        await WaitForActivityAsync(browser, orderedAt);

        factory.Clock.SetUtcNow(new DateTimeOffset(orderedAt.AddYears(1).UtcDateTime.Date.AddHours(9), TimeSpan.Zero));
        await SweepAsync();

        var anniversary = Assert.Single(await TasksOfAsync(care, buyer), t => t.PlaybookId == playbook.Id);
        Assert.Equal("1 year since your first order, Bea.", anniversary.Text);
        Assert.DoesNotContain(await TasksOfAsync(care, browser), t => t.PlaybookId == playbook.Id);
    }

    [Fact]
    public async Task Another_tenants_time_playbooks_neither_reach_nor_show_this_tenants_customers()
    {
        var quietAdmin = factory.Client("iso-quiet", CxRoles.Admin);
        var quietCare = factory.Client("iso-quiet", CxRoles.Care);
        var otherCare = factory.Client("iso-other", CxRoles.Care);
        await PlaybookRequests.CreateAsync(quietAdmin, PlaybookRequests.Body(trigger: "inactivity", extra: new { inactiveDays = 1 }));
        var own = (await CustomerRequests.CreateAsync(quietCare)).Id;
        var other = (await CustomerRequests.CreateAsync(otherCare)).Id;
        var at = factory.Clock.GetUtcNow();
        await factory.PublishAsync(CareEvents.Touchpoint("iso-quiet", own, at, TouchpointKinds.StoreVisit));
        await factory.PublishAsync(CareEvents.Touchpoint("iso-other", other, at, TouchpointKinds.StoreVisit));
        await WaitForActivityAsync(own, at);
        await WaitForActivityAsync(other, at);

        factory.Clock.Advance(TimeSpan.FromDays(2));
        await SweepAsync();

        Assert.Single(await TasksOfAsync(quietCare, own));
        Assert.Empty(await TasksOfAsync(otherCare, other));
        Assert.Empty(await TasksOfAsync(otherCare, own));
        Assert.Equal(0, await Sql.CountAsync(factory.DatabaseConnectionString, "outreach_tasks", "\"TenantId\" = 'iso-other'"));
    }

    [Fact]
    public async Task A_disabled_time_playbook_plans_nothing()
    {
        const string tenant = "quiet-disabled";
        var admin = factory.Client(tenant, CxRoles.Admin);
        var care = factory.Client(tenant, CxRoles.Care);
        var (playbook, _) = await PlaybookRequests.CreateAsync(admin, PlaybookRequests.Body(trigger: "inactivity", extra: new { inactiveDays = 1, enabled = false }));
        var customer = (await CustomerRequests.CreateAsync(care)).Id;
        var at = factory.Clock.GetUtcNow();
        await factory.PublishAsync(CareEvents.Touchpoint(tenant, customer, at, TouchpointKinds.Call));
        await WaitForActivityAsync(customer, at);

        factory.Clock.Advance(TimeSpan.FromDays(2));
        await SweepAsync();

        Assert.False(playbook.Enabled);
        Assert.Empty(await TasksOfAsync(care, customer));
    }

    private Task SweepAsync() =>
        factory.Services.GetRequiredService<TimeTriggerSweep>().RunAsync(factory.Clock.GetUtcNow(), CancellationToken.None);

    private async Task<List<OutreachTaskResponse>> TasksOfAsync(HttpClient care, Guid customer) =>
        (await OutreachRequests.ListAsync(care, $"?customerId={customer}&status=scheduled&status=due&status=in_progress&status=done&status=skipped&status=failed")).Items.ToList();

    private async Task<DateTimeOffset?> LastActiveAtAsync(Guid customer)
    {
        var at = await Sql.ScalarAsync<object?>(factory.DatabaseConnectionString, $"""SELECT "LastActiveAt" FROM customer_activity WHERE "CustomerId" = '{customer}'""");
        return at switch
        {
            DateTime utc => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)),
            DateTimeOffset instant => instant,
            _ => null,
        };
    }

    /// <summary>The consumer has recorded the customer active at (or after) <paramref name="at"/>.</summary>
    private async Task WaitForActivityAsync(Guid customer, DateTimeOffset at)
    {
        var seen = await Eventually.ReturnsAsync(() => LastActiveAtAsync(customer), a => a >= at.AddTicks(-(at.UtcTicks % 10)));
        Assert.NotNull(seen);
    }
}
