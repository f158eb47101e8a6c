using CxPlatform.ServiceDefaults.BusinessTime;
using CxPlatform.Contracts;
using CxPlatform.Ticketing.Domain.Sla;

namespace CxPlatform.Ticketing.Tests.Sla;

public sealed class SlaPolicyMatchingTests
{
    private static readonly TicketSlaFacts HighEmailIncident = new(TicketPriorities.High, TicketChannels.Email, TicketTypes.Incident, ["vip", "returns"]);

    [Fact]
    public void A_policy_without_conditions_matches_every_ticket() =>
        Assert.True(Policies.Create("Any").Matches(HighEmailIncident));

    [Theory]
    [InlineData(new[] { TicketPriorities.High, TicketPriorities.Urgent }, true)]
    [InlineData(new[] { TicketPriorities.Low }, false)]
    public void Priority_must_be_one_of_the_listed(string[] priorities, bool matches) =>
        Assert.Equal(matches, Policies.Create("P", priorities: priorities).Matches(HighEmailIncident));

    [Theory]
    [InlineData(new[] { TicketChannels.Email }, true)]
    [InlineData(new[] { TicketChannels.Chat, TicketChannels.Phone }, false)]
    public void Channel_must_be_one_of_the_listed(string[] channels, bool matches) =>
        Assert.Equal(matches, Policies.Create("C", channels: channels).Matches(HighEmailIncident));

    [Theory]
    [InlineData(new[] { TicketTypes.Incident, TicketTypes.Problem }, true)]
    [InlineData(new[] { TicketTypes.Question }, false)]
    public void Type_must_be_one_of_the_listed(string[] types, bool matches) =>
        Assert.Equal(matches, Policies.Create("T", types: types).Matches(HighEmailIncident));

    [Theory]
    [InlineData(new[] { "VIP" }, true)]
    [InlineData(new[] { "gold", "returns" }, true)]
    [InlineData(new[] { "gold" }, false)]
    public void The_ticket_must_carry_any_one_of_the_listed_tags(string[] tags, bool matches) =>
        Assert.Equal(matches, Policies.Create("Tags", tags: tags).Matches(HighEmailIncident));

    [Fact]
    public void Every_condition_must_hold()
    {
        var policy = Policies.Create("All", priorities: [TicketPriorities.High], channels: [TicketChannels.Email], types: [TicketTypes.Question]);
        Assert.False(policy.Matches(HighEmailIncident));
    }

    [Fact]
    public void The_first_matching_policy_in_position_order_wins()
    {
        var urgent = Policies.Create("Urgent only", position: 1, priorities: [TicketPriorities.Urgent]);
        var high = Policies.Create("High", position: 2, priorities: [TicketPriorities.High]);
        var fallback = Policies.Create("Fallback", position: 3);

        var set = new SlaPolicySet([fallback, high, urgent], new Dictionary<Guid, BusinessCalendar>());

        Assert.Same(high, set.Match(HighEmailIncident));
        Assert.Same(fallback, set.Match(HighEmailIncident with { Priority = TicketPriorities.Low }));
    }

    [Fact]
    public void At_equal_positions_the_older_policy_wins()
    {
        var older = Policies.Create("Older", position: 5, createdAt: new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var newer = Policies.Create("Newer", position: 5, createdAt: new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Same(older, new SlaPolicySet([newer, older], new Dictionary<Guid, BusinessCalendar>()).Match(HighEmailIncident));
    }

    [Fact]
    public void Without_a_matching_policy_there_is_none()
    {
        var set = new SlaPolicySet([Policies.Create("Chat", channels: [TicketChannels.Chat])], new Dictionary<Guid, BusinessCalendar>());
        Assert.Null(set.Match(HighEmailIncident));
    }
}
