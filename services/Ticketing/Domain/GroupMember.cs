namespace CxPlatform.Ticketing.Domain;

/// <summary>An agent (by subject id) in a group; only available agents receive tickets automatically.</summary>
public sealed class GroupMember
{
    private GroupMember()
    {
    }

    internal GroupMember(string agentId, bool available)
    {
        AgentId = agentId;
        Available = available;
    }

    public string AgentId { get; private set; } = "";
    public bool Available { get; internal set; }
}
