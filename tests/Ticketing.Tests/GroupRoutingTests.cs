using CxPlatform.Ticketing.Domain;

namespace CxPlatform.Ticketing.Tests;

public sealed class GroupRoutingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly Dictionary<string, int> NoLoad = [];

    private static Group GroupOf(string mode, params (string Agent, bool Available)[] members)
    {
        var group = new Group("acme", "Tier 1", mode, Now);
        foreach (var (agent, available) in members)
        {
            group.SetMember(agent, available);
        }
        return group;
    }

    [Fact]
    public void Round_robin_cycles_through_available_agents_and_skips_the_unavailable()
    {
        var group = GroupOf(AssignmentModes.RoundRobin, ("ann", true), ("bob", false), ("cid", true));

        Assert.Equal(["ann", "cid", "ann", "cid"], Enumerable.Range(0, 4).Select(_ => group.PickAgent(NoLoad)));
    }

    [Fact]
    public void Round_robin_continues_after_the_last_agent_even_when_they_left()
    {
        var group = GroupOf(AssignmentModes.RoundRobin, ("ann", true), ("bob", true), ("cid", true));
        group.PickAgent(NoLoad);
        group.PickAgent(NoLoad);

        group.RemoveMember("bob");

        Assert.Equal("cid", group.PickAgent(NoLoad));
    }

    [Fact]
    public void Least_open_picks_the_agent_with_fewest_unsolved_tickets_and_breaks_ties_in_turn()
    {
        var group = GroupOf(AssignmentModes.LeastOpen, ("ann", true), ("bob", true), ("cid", true));

        Assert.Equal("bob", group.PickAgent(new Dictionary<string, int> { ["ann"] = 3, ["bob"] = 1, ["cid"] = 2 }));
        Assert.Equal("cid", group.PickAgent(new Dictionary<string, int> { ["ann"] = 1, ["bob"] = 1, ["cid"] = 1 }));
    }

    [Theory]
    [InlineData(AssignmentModes.Manual, true)]
    [InlineData(AssignmentModes.RoundRobin, false)]
    public void Nobody_is_picked_when_the_group_assigns_manually_or_nobody_is_available(string mode, bool available)
    {
        Assert.Null(GroupOf(mode, ("ann", available)).PickAgent(NoLoad));
    }
}
