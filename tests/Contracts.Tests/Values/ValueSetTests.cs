using System.Reflection;
using System.Text.RegularExpressions;
using CxPlatform.Contracts.Tests.Support;

namespace CxPlatform.Contracts.Tests.Values;

/// <summary>Enum-like fields are strings; each value set is one static class whose All is what services validate against.</summary>
public sealed partial class ValueSetTests
{
    [Theory]
    [MemberData(nameof(EventCatalogue.ValueSets), MemberType = typeof(EventCatalogue))]
    public void Every_value_set_lists_each_of_its_constants_exactly_once(Type valueSet)
    {
        var constants = Constants(valueSet);
        var all = All(valueSet);

        Assert.NotEmpty(constants);
        Assert.Equal(all.Distinct().Count(), all.Count);
        Assert.Equal(constants.Order(StringComparer.Ordinal), all.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(EventCatalogue.ValueSets), MemberType = typeof(EventCatalogue))]
    public void Values_are_lower_snake_case(Type valueSet)
    {
        Assert.All(Constants(valueSet), value => Assert.Matches(LowerSnakeCase(), value));
    }

    [Fact]
    public void The_ticket_value_sets_are_the_ones_the_architecture_names()
    {
        Assert.Equal(["email", "web_form", "chat", "chatbot_handoff", "phone", "social_dm", "social_comment", "in_store"], TicketChannels.All);
        Assert.Equal(["question", "incident", "problem", "return", "complaint"], TicketTypes.All);
        Assert.Equal(["low", "normal", "high", "urgent"], TicketPriorities.All);
        Assert.Equal(["new", "open", "pending", "on_hold", "solved", "closed"], TicketStatuses.All);
        Assert.Equal(["first_reply", "next_reply", "resolution"], SlaMetrics.All);
    }

    [Fact]
    public void The_survey_value_sets_are_the_ones_the_architecture_names()
    {
        Assert.Equal(["nps", "csat", "ces", "custom"], SurveyKinds.All);
        Assert.Equal(["promoter", "passive", "detractor"], NpsCategories.All);
    }

    [Fact]
    public void Unsolved_statuses_are_every_status_before_solved()
    {
        Assert.Equal(TicketStatuses.All.Except([TicketStatuses.Solved, TicketStatuses.Closed]), TicketStatuses.Unsolved);
    }

    [Theory]
    [InlineData(0, "detractor")]
    [InlineData(6, "detractor")]
    [InlineData(7, "passive")]
    [InlineData(8, "passive")]
    [InlineData(9, "promoter")]
    [InlineData(10, "promoter")]
    public void An_nps_score_falls_in_the_standard_category(int score, string category)
    {
        Assert.Equal(category, NpsCategories.FromScore(score));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void An_nps_score_outside_0_to_10_has_no_category(int score)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NpsCategories.FromScore(score));
    }

    private static List<string> Constants(Type valueSet) => valueSet.GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.IsLiteral && field.FieldType == typeof(string))
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToList();

    private static IReadOnlyList<string> All(Type valueSet)
    {
        var field = valueSet.GetField("All", BindingFlags.Public | BindingFlags.Static);
        Assert.True(field is not null, $"{valueSet.Name} has no All list.");
        return Assert.IsAssignableFrom<IReadOnlyList<string>>(field.GetValue(null));
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(_[a-z0-9]+)*$")]
    private static partial Regex LowerSnakeCase();
}
