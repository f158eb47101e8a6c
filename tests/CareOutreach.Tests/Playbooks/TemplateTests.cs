using CxPlatform.Care.Domain.Playbooks;
using CxPlatform.Care.Domain.Templates;

namespace CxPlatform.Care.Tests.Playbooks;

public sealed class TemplateTests
{
    private static readonly TimeZoneInfo Zurich = TimeZoneInfo.FindSystemTimeZoneById("Europe/Zurich");

    [Theory]
    [InlineData("Ana", "Ana Muster", "Hi Ana!")]
    [InlineData(null, "Ana Muster", "Hi Ana Muster!")]
    [InlineData(null, null, "Hi valued customer!")]
    [InlineData(" ", "", "Hi valued customer!")]
    public void A_missing_preferred_name_falls_back_to_the_full_name_then_a_neutral_form_of_address(string? preferred, string? full, string expected)
    {
        var text = Render("Hi {{customer.preferred_name}}!", "en", new() { [TemplatePlaceholders.PreferredName] = preferred, [TemplatePlaceholders.FullName] = full });

        Assert.Equal(expected, text);
    }

    [Fact]
    public void The_neutral_form_of_address_is_in_the_templates_language()
    {
        Assert.Equal("Hallo geschätzte Kundin, geschätzter Kunde", Render("Hallo {{ customer.preferred_name }}", "de-CH", []));
    }

    [Fact]
    public void A_placeholders_own_fallback_fills_a_missing_value_and_nothing_renders_as_a_literal_placeholder()
    {
        var text = Render("We expect it on {{touchpoint.expected_date | a date we confirm soon}}; {{touchpoint.alternative}}.", "en", []);

        Assert.Equal("We expect it on a date we confirm soon; .", text);
        Assert.DoesNotContain("{{", text);
    }

    [Fact]
    public void Dates_numbers_and_instants_are_written_the_way_the_language_writes_them()
    {
        var values = new Dictionary<string, object?>
        {
            ["touchpoint.expected_date"] = new DateOnly(2026, 3, 20),
            [TemplatePlaceholders.TicketNumber] = 1234L,
            [TemplatePlaceholders.SlaDueAt] = new DateTimeOffset(2026, 3, 6, 15, 30, 0, TimeSpan.Zero),
        };

        Assert.Equal("Freitag, 20. März 2026 / #1234 / Freitag, 6. März 2026 16:30",
            Render("{{touchpoint.expected_date}} / #{{ticket.number}} / {{sla.due_at}}", "de-CH", values));
        Assert.Equal("Friday, 20 March 2026", Render("{{touchpoint.expected_date}}", "en-GB", values));
    }

    [Theory]
    [InlineData(PlaybookTriggers.SlaBreached, "Sorry about #{{ticket.number}}, {{customer.full_name}}: due {{sla.due_at}}", null)]
    [InlineData(PlaybookTriggers.SurveyResponded, "About #{{ticket.number}}", "{{ticket.number}}")]
    [InlineData(PlaybookTriggers.TouchpointRecorded, "{{touchpoint.expected_date}} or {{touchpoint.colour}}", "{{touchpoint.colour}}")]
    [InlineData(PlaybookTriggers.TicketSolved, "Hello {{customer.preferred_name", "never closed")]
    [InlineData(PlaybookTriggers.TicketSolved, "Hello {{Customer Name}}", "is not a placeholder")]
    public void A_template_may_use_only_the_placeholders_of_its_trigger(string trigger, string template, string? problemMentions)
    {
        var problem = TemplatePlaceholders.Problem(trigger, template);

        if (problemMentions is null)
        {
            Assert.Null(problem);
        }
        else
        {
            Assert.Contains(problemMentions, problem);
        }
    }

    [Theory]
    [InlineData("de-CH", "de-CH")]
    [InlineData("de-AT", "de")]
    [InlineData("fr", "en")]
    [InlineData(null, "en")]
    public void The_template_speaks_the_customers_language_else_its_base_else_the_tenants_default(string? customerLanguage, string expected)
    {
        Assert.Equal(expected, TemplateLanguages.Choose(["de", "de-CH", "en"], customerLanguage, "en"));
    }

    [Fact]
    public void Without_a_template_in_the_default_language_the_first_template_is_used()
    {
        Assert.Equal("de", TemplateLanguages.Choose(["it", "de"], "fr", "en"));
    }

    private static string Render(string template, string language, Dictionary<string, object?> values) =>
        TemplateRenderer.Render(template, language, values, Zurich);
}
