using CxPlatform.Care.Domain;
using CxPlatform.Care.Domain.Playbooks;
using CxPlatform.Care.Domain.Settings;
using CxPlatform.Care.Playbooks;
using CxPlatform.Care.TimeTriggers;
using CxPlatform.Contracts;

namespace CxPlatform.Care.Tests.Playbooks;

/// <summary>The rules of the inactivity and date triggers: thresholds, anniversaries in the customer's zone, trigger ids, planning.</summary>
public sealed class TimeTriggerRulesTests
{
    private static readonly DateTimeOffset LastActive = new(2026, 3, 2, 10, 15, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(29 * 24 * 60 + 23 * 60 + 59, false)]
    [InlineData(30 * 24 * 60, true)]
    [InlineData(100 * 24 * 60, true)]
    public void A_customer_is_inactive_once_N_whole_days_have_passed(int minutesLater, bool inactive)
    {
        Assert.Equal(inactive, TimeTriggerRules.IsInactive(LastActive, LastActive.AddMinutes(minutesLater), 30));
    }

    [Fact]
    public void Days_inactive_count_whole_days_and_never_go_negative()
    {
        Assert.Equal(30, TimeTriggerRules.DaysInactive(LastActive, LastActive.AddDays(30).AddHours(23)));
        Assert.Equal(0, TimeTriggerRules.DaysInactive(LastActive, LastActive.AddHours(-1)));
    }

    [Theory]
    [InlineData("2025-03-07", "2026-03-07", 1)]
    [InlineData("2016-03-07", "2026-03-07", 10)]
    [InlineData("2025-03-07", "2026-03-08", null)]
    [InlineData("2026-03-07", "2026-03-07", null)]
    [InlineData("2024-02-29", "2025-02-28", 1)]
    [InlineData("2024-02-29", "2025-03-01", null)]
    [InlineData("2024-02-29", "2028-02-28", null)]
    [InlineData("2024-02-29", "2028-02-29", 4)]
    [InlineData("2025-02-28", "2028-02-28", 3)]
    [InlineData("2025-02-28", "2028-02-29", null)]
    public void An_anniversary_comes_round_yearly_and_29_February_on_28_February_in_common_years(string origin, string today, int? years)
    {
        Assert.Equal(years, TimeTriggerRules.AnniversaryYears(DateOnly.Parse(origin), DateOnly.Parse(today)));
    }

    [Theory]
    // Created late on 15 June UTC, which is already 16 June in Zurich (summer time): the anniversary is 16 June there.
    [InlineData("2025-06-15T22:30:00Z", "2026-06-15T12:00:00Z", "Europe/Zurich", null)]
    [InlineData("2025-06-15T22:30:00Z", "2026-06-15T22:30:00Z", "Europe/Zurich", 1)]
    [InlineData("2025-06-15T22:30:00Z", "2026-06-15T12:00:00Z", "UTC", 1)]
    // Zurich moves to summer time on 29 March 2026: 23:30 UTC that night is already 30 March, the anniversary of 30 March 2025 (01:30, winter time).
    [InlineData("2025-03-30T00:30:00Z", "2026-03-29T23:30:00Z", "Europe/Zurich", 1)]
    [InlineData("2025-03-30T00:30:00Z", "2026-03-29T21:30:00Z", "Europe/Zurich", null)]
    // Auckland is 13 hours ahead in March: its 7 March starts at 11:00 UTC on the 6th.
    [InlineData("2025-03-06T12:00:00Z", "2026-03-06T11:00:00Z", "Pacific/Auckland", 1)]
    [InlineData("2025-03-06T12:00:00Z", "2026-03-06T10:59:00Z", "Pacific/Auckland", null)]
    public void The_date_and_today_are_read_in_the_customers_time_zone(string origin, string now, string zoneId, int? years)
    {
        var zone = TimeZones.Find(zoneId);

        var today = TimeTriggerRules.LocalDate(DateTimeOffset.Parse(now), zone);

        Assert.Equal(years, TimeTriggerRules.AnniversaryYears(TimeTriggerRules.LocalDate(DateTimeOffset.Parse(origin), zone), today));
    }

    [Fact]
    public void The_coarse_filter_covers_every_zone_and_29_February_around_28_February_and_1_March()
    {
        Assert.Equal(["06-13", "06-14", "06-15", "06-16", "06-17"], TimeTriggerPlanner.MonthDaysAround(new DateOnly(2026, 6, 15)));
        Assert.Contains("02-29", TimeTriggerPlanner.MonthDaysAround(new DateOnly(2027, 2, 27)));
        Assert.Contains("02-29", TimeTriggerPlanner.MonthDaysAround(new DateOnly(2027, 3, 3)));
        Assert.DoesNotContain("02-29", TimeTriggerPlanner.MonthDaysAround(new DateOnly(2027, 3, 4)));
    }

    [Fact]
    public void A_trigger_id_is_the_same_for_the_same_occasion_and_differs_for_any_other()
    {
        var playbook = Guid.NewGuid();
        var customer = Guid.NewGuid();
        var period = TimeTriggerRules.InactivityPeriod(LastActive);

        var id = TimeTriggerRules.TriggerId("acme", playbook, customer, period);

        Assert.Equal(id, TimeTriggerRules.TriggerId("acme", playbook, customer, period));
        Assert.Equal(8, id.Version);
        Assert.NotEqual(id, TimeTriggerRules.TriggerId("other", playbook, customer, period));
        Assert.NotEqual(id, TimeTriggerRules.TriggerId("acme", Guid.NewGuid(), customer, period));
        Assert.NotEqual(id, TimeTriggerRules.TriggerId("acme", playbook, Guid.NewGuid(), period));
        Assert.NotEqual(id, TimeTriggerRules.TriggerId("acme", playbook, customer, TimeTriggerRules.InactivityPeriod(LastActive.AddDays(1))));
    }

    [Fact]
    public void The_inactivity_check_in_names_the_quiet_days_in_the_customers_language_and_is_due_in_business_hours()
    {
        var now = new DateTimeOffset(2026, 6, 5, 14, 0, 0, TimeSpan.Zero);
        var playbook = Playbook.Create("acme", DefaultPlaybooks.All.Single(d => d.Key == DefaultPlaybooks.InactiveCheckIn).Definition, enabled: true, now, DefaultPlaybooks.InactiveCheckIn);
        var customer = Customer("de-CH", "Europe/Zurich");
        var triggering = PlaybookEvents.Inactivity("acme", playbook, customer.Id, LastActive, TimeZones.Find("Europe/Zurich"), now);

        var draft = playbook.Plan(triggering, customer, ZurichOffice(now), now);

        Assert.True(playbook.AppliesTo(triggering, customer));
        Assert.Equal("de", draft.Language);
        Assert.Equal("Hallo Ana, seit dem Montag, 2. März 2026 haben wir nichts mehr von Ihnen gehört. Ich wollte nachfragen: Läuft alles gut, und können wir etwas für Sie tun?", draft.Text);
        // Friday 16:00 in Zurich + 24 business hours (09:00–17:00): Wednesday 16:00.
        Assert.Equal((now, new DateTimeOffset(2026, 6, 10, 14, 0, 0, TimeSpan.Zero)), (draft.ScheduledFor, draft.DueAt));
        Assert.Equal(triggering.EventId, draft.TriggerEventId);
    }

    [Fact]
    public void An_anniversary_template_names_the_years_and_the_date()
    {
        var now = new DateTimeOffset(2027, 3, 2, 9, 0, 0, TimeSpan.Zero);
        var playbook = Playbook.Create("acme", new PlaybookDefinition(
            "Anniversary", null, PlaybookTriggers.Date, PlaybookConditions.None, PlaybookActions.AutomatedMessage, OutreachKinds.ThankYou, null, "care",
            "low", new Dictionary<string, string> { ["en"] = "{{customer.preferred_name}}, {{anniversary.years}} year(s) with us since {{anniversary.date}}!" },
            0, new OutreachDue(60, DueClocks.Calendar), DateKind: PlaybookDateKinds.CustomerSince), enabled: true, now);
        var customer = Customer("en-GB", "Europe/London");

        var draft = playbook.Plan(
            PlaybookEvents.Anniversary("acme", playbook, customer.Id, new DateOnly(2026, 3, 2), new DateOnly(2027, 3, 2), 1, now), customer, ZurichOffice(now), now);

        Assert.Equal($"Ana, 1 year(s) with us since {new DateOnly(2026, 3, 2).ToString("D", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))}!", draft.Text);
        Assert.Equal(PlaybookDateKinds.CustomerSince, playbook.DateKind);
        Assert.Null(playbook.InactiveDays);
    }

    private static Customer Customer(string language, string timeZone) =>
        Domain.Customer.Register(
            "acme", [(new NormalizedContactPoint(ContactPointKinds.Email, $"{Guid.NewGuid():N}@example.com"), true)],
            new CustomerDetailsChange(FullName: "Ana Muster", PreferredName: "Ana", Language: language, TimeZone: timeZone), LastActive);

    private static CareSettings ZurichOffice(DateTimeOffset at)
    {
        var settings = CareSettings.Default("acme", at);
        settings.Redefine(new CareSettingsDefinition("en", "Europe/Zurich", [.. settings.WorkingHours], [], ["care"]), [], at);
        return settings;
    }
}
