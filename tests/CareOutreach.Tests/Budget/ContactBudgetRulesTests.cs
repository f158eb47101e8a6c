using CxPlatform.Care.Domain;
using CxPlatform.Contracts;

namespace CxPlatform.Care.Tests.Budget;

/// <summary>
/// The one rule engine (<see cref="ContactPolicyRules"/>) on fixed instants: rolling 24-hour and 7-day caps, quiet hours in the
/// customer's zone across the 2026 daylight saving changes, and the instant both allow a contact again.
/// </summary>
public sealed class ContactBudgetRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 4, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void One_contact_a_day_waits_until_24_hours_after_the_last_one()
    {
        var decision = Decide(Customer(), Budget(1, 3, Now.AddHours(-3)), Now);

        Assert.Equal((ContactDenial.FrequencyCapDay, Now.AddHours(21)), (decision.Denial, decision.NextAllowedAt));
    }

    [Fact]
    public void A_contact_exactly_24_hours_ago_has_left_the_day_window()
    {
        Assert.True(Decide(Customer(), Budget(1, 3, Now.AddHours(-24)), Now).Allowed);
        Assert.True(Decide(Customer(), Budget(2, 3, Now.AddHours(-1)), Now).Allowed);
    }

    [Fact]
    public void The_week_cap_waits_until_the_oldest_contact_that_keeps_it_full_is_seven_days_old()
    {
        var decision = Decide(Customer(), Budget(2, 3, Now.AddDays(-6), Now.AddDays(-3), Now.AddHours(-1)), Now);

        Assert.Equal((ContactDenial.FrequencyCapWeek, Now.AddDays(1)), (decision.Denial, decision.NextAllowedAt));
    }

    [Fact]
    public void Over_both_caps_the_one_that_lasts_longer_is_named()
    {
        var decision = Decide(Customer(), Budget(1, 2, Now.AddDays(-2), Now.AddHours(-1)), Now);

        Assert.Equal((ContactDenial.FrequencyCapWeek, Now.AddDays(5)), (decision.Denial, decision.NextAllowedAt));
    }

    [Fact]
    public void Contacts_older_than_a_week_count_for_nothing()
    {
        Assert.True(Decide(Customer(), Budget(1, 1, Now.AddDays(-7), Now.AddDays(-8)), Now).Allowed);
    }

    [Fact]
    public void Service_messages_pass_caps_and_quiet_hours_but_consent_rules_come_first()
    {
        var customer = Customer("Asia/Tokyo", new QuietHours(new TimeOnly(20, 0), new TimeOnly(8, 0)));
        var capped = Budget(1, 1, Now.AddHours(-1));

        Assert.True(ContactPolicyRules.Decide(customer, ContactChannels.Email, ContactPurposes.Service, capped, Now).Allowed);
        Assert.Equal(ContactDenial.NoConsent, ContactPolicyRules.Decide(customer, ContactChannels.Email, ContactPurposes.Marketing, capped, Now).Denial);
        customer.RecordConsent(ContactChannels.Email, ContactPurposes.Care, false, "agent", null, Now);
        Assert.Equal(ContactDenial.OptedOut, Decide(customer, capped, Now).Denial);
    }

    [Fact]
    public void Quiet_hours_in_Berlin_end_at_07_00_summer_time_on_the_night_the_clocks_spring_forward()
    {
        // Saturday 28 March 2026, 23:30 in Berlin (UTC+1); at 02:00 the clocks jump to 03:00 (UTC+2), so 07:00 is 05:00 UTC.
        var customer = Customer("Europe/Berlin", new QuietHours(new TimeOnly(22, 0), new TimeOnly(7, 0)));

        var decision = Decide(customer, Budget(1, 3), new DateTimeOffset(2026, 3, 28, 22, 30, 0, TimeSpan.Zero));

        Assert.Equal((ContactDenial.QuietHours, new DateTimeOffset(2026, 3, 29, 5, 0, 0, TimeSpan.Zero)), (decision.Denial, decision.NextAllowedAt));
    }

    [Fact]
    public void Quiet_hours_ending_at_a_time_Berlin_skips_end_when_the_clocks_jump()
    {
        // 02:30 does not exist on 29 March 2026 in Berlin: the window ends at 03:00 summer time, 01:00 UTC.
        var customer = Customer("Europe/Berlin", new QuietHours(new TimeOnly(22, 0), new TimeOnly(2, 30)));

        var decision = Decide(customer, Budget(1, 3), new DateTimeOffset(2026, 3, 28, 23, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 0, 0, TimeSpan.Zero), decision.NextAllowedAt);
    }

    [Fact]
    public void A_day_cap_ending_in_New_York_quiet_hours_on_the_DST_night_waits_for_08_00_daylight_time()
    {
        // The last contact was 7 March 2026, 03:30 UTC; the day cap ends 24 hours later, 8 March 03:30 UTC = 22:30 EST, inside
        // the 21:00–08:00 quiet hours, which end at 08:00 EDT (the clocks sprang forward at 02:00) = 12:00 UTC.
        var customer = Customer("America/New_York", new QuietHours(new TimeOnly(21, 0), new TimeOnly(8, 0)));
        var now = new DateTimeOffset(2026, 3, 7, 20, 0, 0, TimeSpan.Zero);

        var decision = Decide(customer, Budget(1, 3, new DateTimeOffset(2026, 3, 7, 3, 30, 0, TimeSpan.Zero)), now);

        Assert.Equal((ContactDenial.FrequencyCapDay, new DateTimeOffset(2026, 3, 8, 12, 0, 0, TimeSpan.Zero)), (decision.Denial, decision.NextAllowedAt));
    }

    [Fact]
    public void Quiet_hours_ending_inside_a_cap_wait_for_the_cap()
    {
        // 23:00 in Tokyo, quiet until 08:00 = 23:00 UTC; the week cap lasts until 5 March 06:00 UTC, which is 15:00 in Tokyo.
        var customer = Customer("Asia/Tokyo", new QuietHours(new TimeOnly(20, 0), new TimeOnly(8, 0)));
        var now = new DateTimeOffset(2026, 3, 4, 14, 0, 0, TimeSpan.Zero);

        var decision = Decide(customer, Budget(3, 3, Now.AddDays(-6).AddHours(-6), Now.AddDays(-1), Now.AddHours(-1)), now);

        Assert.Equal((ContactDenial.QuietHours, new DateTimeOffset(2026, 3, 5, 6, 0, 0, TimeSpan.Zero)), (decision.Denial, decision.NextAllowedAt));
    }

    [Theory]
    [InlineData("Europe/Berlin", 2026, 3, 28, 20, 0)]
    [InlineData("America/New_York", 2026, 3, 8, 1, 0)]
    [InlineData("Asia/Tokyo", 2026, 3, 4, 13, 30)]
    public void At_next_allowed_at_the_contact_is_allowed_and_a_minute_before_it_is_not(string zone, int year, int month, int day, int hour, int minute)
    {
        var customer = Customer(zone, new QuietHours(new TimeOnly(21, 30), new TimeOnly(7, 15)));
        var now = new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.Zero);
        var budget = Budget(1, 2, now.AddHours(-2), now.AddDays(-5));

        var next = Decide(customer, budget, now).NextAllowedAt!.Value;

        Assert.True(Decide(customer, budget, next).Allowed);
        Assert.False(Decide(customer, budget, next.AddMinutes(-1)).Allowed);
    }

    private static ContactDecision Decide(Customer customer, ContactBudget budget, DateTimeOffset at) =>
        ContactPolicyRules.Decide(customer, ContactChannels.Email, ContactPurposes.Care, budget, at);

    private static ContactBudget Budget(int perDay, int perWeek, params DateTimeOffset[] contacts) => new(new ContactCaps(perDay, perWeek), contacts);

    /// <summary>A customer with an e-mail address who granted care consent on e-mail.</summary>
    private static Customer Customer(string? timeZone = null, QuietHours? quietHours = null)
    {
        var customer = Domain.Customer.Register(
            "acme", [(new NormalizedContactPoint(ContactPointKinds.Email, "ana@example.com"), true)],
            new CustomerDetailsChange(TimeZone: timeZone, ChangeQuietHours: quietHours is not null, QuietHours: quietHours), Now.AddDays(-30));
        customer.RecordConsent(ContactChannels.Email, ContactPurposes.Care, true, "agent", null, Now.AddDays(-30));
        return customer;
    }
}
