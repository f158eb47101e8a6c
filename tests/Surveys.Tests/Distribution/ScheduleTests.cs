using System.Net;
using System.Net.Http.Json;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Surveys.Apis;
using CxPlatform.Surveys.Domain;
using CxPlatform.Testing;
using static CxPlatform.Surveys.Tests.Distribution.DistributionRequests;

namespace CxPlatform.Surveys.Tests.Distribution;

/// <summary>Periodic relationship NPS: a <c>schedule</c> rule invites the customers seen within its look-back, once per period.</summary>
public sealed class ScheduleTests(DistributionFactory factory) : IClassFixture<DistributionFactory>
{
    [Fact]
    public void Monthly_runs_are_on_the_day_at_the_local_time_across_a_DST_change_and_every_N_days_counts_from_the_rules_day()
    {
        var monthly = new DistributionSchedule(null, 3, new TimeOnly(9, 0), "Europe/Zurich", 365);
        var start = DistributionFactory.Start; // Monday 2 March 2026, 12:00 UTC
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 8, 0, 0, TimeSpan.Zero), monthly.NextRunAfter(start, start));
        Assert.Equal(new DateTimeOffset(2026, 4, 3, 7, 0, 0, TimeSpan.Zero), monthly.NextRunAfter(new DateTimeOffset(2026, 3, 3, 8, 0, 0, TimeSpan.Zero), start));

        var everyTen = new DistributionSchedule(10, null, new TimeOnly(6, 30), "UTC", 365);
        Assert.Equal(new DateTimeOffset(2026, 3, 12, 6, 30, 0, TimeSpan.Zero), everyTen.NextRunAfter(start, start));
        Assert.Equal(new DateTimeOffset(2026, 3, 22, 6, 30, 0, TimeSpan.Zero), everyTen.NextRunAfter(new DateTimeOffset(2026, 3, 12, 6, 30, 0, TimeSpan.Zero), start));
        Assert.NotEqual(DistributionSchedule.RunEventId(Guid.Empty, start, Guid.Empty), DistributionSchedule.RunEventId(Guid.Empty, start.AddDays(1), Guid.Empty));
    }

    [Fact]
    public async Task A_monthly_rule_invites_the_customers_seen_within_its_look_back_once_per_period_through_the_contact_rules()
    {
        var tenant = SurveysApiFactory.NewTenant("sched");
        var (recent, alsoRecent, longAgo, optedOut) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var now = factory.Clock.GetUtcNow();
        factory.StandIns.Policies[optedOut.ToString("d")] = new Contracts.Grpc.CareOutreach.ContactPolicy
        {
            Allowed = false, DenialReason = Contracts.Grpc.CareOutreach.DenialReason.OptedOut,
        };
        var (admin, surveyId) = await SurveyWithRuleAsync(factory, tenant, new
        {
            trigger = "schedule", delayHours = 0, expiryDays = 7,
            schedule = new { dayOfMonth = 3, time = "09:00", timeZone = "Europe/Zurich", lookBackDays = 365 },
        });
        var rule = Assert.Single((await admin.GetFromJsonAsync<List<DistributionRuleDetails>>($"/api/v1/surveys/{surveyId}/distribution-rules"))!);
        Assert.Equal((new DateTimeOffset(2026, 3, 3, 8, 0, 0, TimeSpan.Zero), (DateTimeOffset?)null), (rule.NextRunAt!.Value, rule.LastRunAt));
        Assert.Equal(new DistributionScheduleBody(null, 3, "09:00", "Europe/Zurich", 365), rule.Schedule);

        // Customers seen in events (after the rule exists, as in the other distribution tests: the consumers are up by then).
        foreach (var (customer, at) in new[] { (recent, now.AddDays(-3)), (alsoRecent, now.AddDays(-100)), (longAgo, now.AddDays(-400)), (optedOut, now.AddDays(-1)) })
        {
            await factory.PublishAsync(Solved(tenant, customer, at));
        }
        Assert.Equal(4, await Eventually.ReturnsAsync(
            () => Sql.CountAsync(factory.DatabaseConnectionString, "known_customers", $"\"TenantId\" = '{tenant}'"), n => n == 4));

        factory.Clock.Advance(TimeSpan.FromDays(1));

        var decided = await PlannedWhenAsync(admin, surveyId, p => p.Count == 3 && p.All(x => x.Status != PlannedInvitationStatuses.Planned));
        Assert.Equal(new[] { alsoRecent, optedOut, recent }.Order(), decided.Select(p => p.CustomerId).Order());
        Assert.Equal(ContactRules.OptedOut, decided.Single(p => p.CustomerId == optedOut).SkipRule);
        Assert.All(decided.Where(p => p.CustomerId != optedOut), p => Assert.Equal(PlannedInvitationStatuses.Issued, p.Status));
        rule = Assert.Single((await admin.GetFromJsonAsync<List<DistributionRuleDetails>>($"/api/v1/surveys/{surveyId}/distribution-rules"))!);
        Assert.Equal((new DateTimeOffset(2026, 4, 3, 7, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 3, 8, 0, 0, TimeSpan.Zero)), (rule.NextRunAt!.Value, rule.LastRunAt!.Value));

        factory.Clock.Advance(TimeSpan.FromDays(2));
        await Task.Delay(1000); // a second run of the same period would have planned by now
        Assert.Equal(3, (await PlannedAsync(admin, surveyId)).Count);

        // The next period runs once more; the invitations of March were 31 days ago, past the 30-day throttle.
        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 4, 3, 7, 0, 0, TimeSpan.Zero));
        var april = await PlannedWhenAsync(admin, surveyId, p => p.Count == 6 && p.All(x => x.Status != PlannedInvitationStatuses.Planned));
        Assert.Equal(4, april.Count(p => p.Status == PlannedInvitationStatuses.Issued));
        Assert.Equal(4, await Rows.InvitationsAsync(factory, tenant));
    }
}
