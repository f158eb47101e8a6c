using CxPlatform.Care.Domain;
using CxPlatform.Care.Domain.Playbooks;
using CxPlatform.Care.Domain.Settings;
using CxPlatform.Care.Playbooks;
using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.BusinessTime;

namespace CxPlatform.Care.Tests.Playbooks;

/// <summary>What a playbook plans for one customer and one event, with the care team in Zurich, Monday to Friday 09:00–17:00.</summary>
public sealed class PlaybookPlanTests
{
    private static readonly TimeZoneInfo Zurich = TimeZoneInfo.FindSystemTimeZoneById("Europe/Zurich");
    private static readonly CareSettings Office = ZurichOffice();

    [Theory]
    [InlineData("2026-03-06 16:30", "2026-03-09 10:30")]
    [InlineData("2026-03-06 17:30", "2026-03-09 11:00")]
    [InlineData("2026-03-09 08:00", "2026-03-09 11:00")]
    [InlineData("2026-03-09 15:45", "2026-03-10 09:45")]
    public void The_SLA_apology_is_due_two_business_hours_after_the_breach(string breachedAt, string dueAt)
    {
        var breach = CareEvents.SlaBreached("acme", Guid.NewGuid(), At(breachedAt));

        var draft = Default(DefaultPlaybooks.SlaBreachApology).Plan(PlaybookEvents.From(breach), Customer(), Office, At(breachedAt));

        Assert.Equal((At(breachedAt), At(dueAt)), (draft.ScheduledFor, draft.DueAt));
    }

    [Fact]
    public void The_complaint_check_in_waits_three_calendar_days_then_is_due_within_a_business_day()
    {
        var solved = CareEvents.TicketSolved("acme", Guid.NewGuid(), At("2026-03-06 16:00"));

        var draft = Default(DefaultPlaybooks.ComplaintCheckIn).Plan(PlaybookEvents.From(solved), Customer(), Office, At("2026-03-06 16:00"));

        Assert.Equal((At("2026-03-09 16:00"), At("2026-03-10 16:00")), (draft.ScheduledFor, draft.DueAt));
    }

    [Fact]
    public void An_event_stamped_in_the_future_counts_from_now()
    {
        var now = At("2026-03-09 10:00");
        var breach = CareEvents.SlaBreached("acme", Guid.NewGuid(), now.AddHours(5));

        var draft = Default(DefaultPlaybooks.SlaBreachApology).Plan(PlaybookEvents.From(breach), Customer(), Office, now);

        Assert.Equal(now, draft.ScheduledFor);
    }

    [Theory]
    [InlineData(SurveyKinds.Nps, 6, true)]
    [InlineData(SurveyKinds.Nps, 7, false)]
    [InlineData(SurveyKinds.Csat, 2, true)]
    [InlineData(SurveyKinds.Csat, 3, false)]
    [InlineData(SurveyKinds.Ces, 1, false)]
    public void The_detractor_playbook_applies_to_NPS_up_to_6_and_CSAT_up_to_2(string kind, int score, bool applies)
    {
        var response = CareEvents.SurveyResponded("acme", Guid.NewGuid(), At("2026-03-09 10:00"), kind, score);

        Assert.Equal(applies, Default(DefaultPlaybooks.DetractorRecovery).AppliesTo(PlaybookEvents.From(response), Customer()));
    }

    [Fact]
    public void Profile_conditions_test_language_interests_and_care_consent()
    {
        var playbook = Playbook.Create("acme", Default(DefaultPlaybooks.DetractorRecovery).Definition() with
        {
            Conditions = PlaybookConditions.None with { Languages = ["de"], Interests = ["Cycling"], CareConsentOn = ContactChannels.Phone },
        }, enabled: true, At("2026-03-01 00:00"));
        var response = PlaybookEvents.From(CareEvents.SurveyResponded("acme", Guid.NewGuid(), At("2026-03-09 10:00"), SurveyKinds.Nps, 3));
        var matching = Customer(language: "de-CH", interests: ["cycling"]);
        matching.RecordConsent(ContactChannels.Phone, ContactPurposes.Care, true, "agent", null, At("2026-03-01 00:00"));

        Assert.True(playbook.AppliesTo(response, matching));
        Assert.False(playbook.AppliesTo(response, Customer(language: "de-CH", interests: ["cycling"])));
        Assert.False(playbook.AppliesTo(response, Customer(language: "fr", interests: ["cycling"])));
    }

    [Fact]
    public void The_welcome_applies_only_to_a_first_order()
    {
        var order = PlaybookEvents.From(CareEvents.Touchpoint("acme", Guid.NewGuid(), At("2026-03-09 10:00"), TouchpointKinds.OrderPlaced));
        var welcome = Default(DefaultPlaybooks.FirstPurchaseWelcome);

        Assert.True(welcome.AppliesTo(order with { Facts = order.Facts with { IsFirstPurchase = true } }, Customer()));
        Assert.False(welcome.AppliesTo(order, Customer()));
    }

    [Fact]
    public void The_backorder_explanation_names_the_date_and_the_alternative_in_the_customers_language()
    {
        var backorder = CareEvents.Touchpoint("acme", Guid.NewGuid(), At("2026-03-09 10:00"), TouchpointKinds.OrderBackordered, new()
        {
            ["order_id"] = "A-1001", ["product"] = "der Velohelm", ["expected_date"] = "2026-03-27", ["alternative"] = "das Modell Pro",
        });

        var draft = Default(DefaultPlaybooks.BackorderExplanation).Plan(
            PlaybookEvents.From(backorder), Customer(language: "de-CH", preferredName: "Ana"), Office, At("2026-03-09 10:00"));

        Assert.Equal("de", draft.Language);
        Assert.StartsWith("Hallo Ana, leider ist der Velohelm aus Ihrer Bestellung A-1001 nicht vorrätig. Wir erwarten ihn am Freitag, 27. März 2026.", draft.Text);
        Assert.Contains("das Modell Pro", draft.Text);
    }

    [Theory]
    [InlineData(null, null, ContactChannels.Email)]
    [InlineData(ContactChannels.Sms, null, ContactChannels.Sms)]
    [InlineData(ContactChannels.Sms, ContactChannels.Sms, ContactChannels.Email)]
    [InlineData(ContactChannels.Whatsapp, null, ContactChannels.Email)]
    public void The_channel_is_the_preferred_one_the_customer_can_be_reached_on_without_having_opted_out(
        string? preferred, string? withdrawnOn, string expected)
    {
        var customer = Customer(preferredChannel: preferred);
        customer.AddContactPoint(new NormalizedContactPoint(ContactPointKinds.Phone, "+41791234567"), true, At("2026-03-01 00:00"));
        if (withdrawnOn is not null)
        {
            customer.RecordConsent(withdrawnOn, ContactPurposes.Care, false, "agent", null, At("2026-03-01 00:00"));
        }
        customer.RecordConsent(ContactChannels.Whatsapp, ContactPurposes.Care, false, "agent", null, At("2026-03-01 00:00"));

        Assert.Equal(expected, Domain.Outreach.OutreachChannelChoice.For(customer, null));
    }

    private static Playbook Default(string key) =>
        Playbook.Create("acme", DefaultPlaybooks.All.Single(d => d.Key == key).Definition, enabled: true, At("2026-03-01 00:00"), key);

    private static Customer Customer(string? language = "en", string? preferredName = null, IReadOnlyList<string>? interests = null, string? preferredChannel = null) =>
        Domain.Customer.Register(
            "acme", [(new NormalizedContactPoint(ContactPointKinds.Email, $"{Guid.NewGuid():N}@example.com"), true)],
            new CustomerDetailsChange(FullName: "Ana Muster", PreferredName: preferredName, Language: language, PreferredChannel: preferredChannel, Interests: interests),
            At("2026-03-01 00:00"));

    private static CareSettings ZurichOffice()
    {
        var settings = CareSettings.Default("acme", At("2026-03-01 00:00"));
        settings.Redefine(new CareSettingsDefinition("en", "Europe/Zurich", [.. settings.WorkingHours], [], ["care"]), [], At("2026-03-01 00:00"));
        return settings;
    }

    private static DateTimeOffset At(string local)
    {
        var time = DateTime.ParseExact(local, "yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        return new DateTimeOffset(time, Zurich.GetUtcOffset(time)).ToUniversalTime();
    }
}

internal static class PlaybookDefinitions
{
    public static PlaybookDefinition Definition(this Playbook playbook) => new(
        playbook.Name, playbook.Description, playbook.Trigger, playbook.Conditions, playbook.Action, playbook.Kind, playbook.Channel,
        playbook.Team, playbook.Priority, playbook.Templates, playbook.StartAfterMinutes, playbook.Due);
}
