using CxPlatform.ServiceDefaults.Tenancy;

namespace CxPlatform.Ticketing.Domain;

/// <summary>A team of agents that tickets are routed to, and the way it picks an agent.</summary>
public sealed class Group : ITenantScoped
{
    private readonly List<GroupMember> _members = [];

    private Group()
    {
    }

    public Group(string tenantId, string name, string assignmentMode, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        TenantId = tenantId;
        Name = name;
        AssignmentMode = assignmentMode;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }
    public string TenantId { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string AssignmentMode { get; private set; } = AssignmentModes.Manual;
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The agent who got the last automatic assignment; round-robin continues after them.</summary>
    public string? LastAssignedAgentId { get; private set; }

    public IReadOnlyList<GroupMember> Members => _members;

    public void Rename(string name, string assignmentMode) => (Name, AssignmentMode) = (name, assignmentMode);

    public bool HasMember(string agentId) => _members.Any(m => m.AgentId == agentId);

    public void SetMember(string agentId, bool available)
    {
        var member = _members.SingleOrDefault(m => m.AgentId == agentId);
        if (member is null)
        {
            _members.Add(new GroupMember(agentId, available));
        }
        else
        {
            member.Available = available;
        }
    }

    public bool RemoveMember(string agentId) => _members.RemoveAll(m => m.AgentId == agentId) > 0;

    /// <summary>
    /// The agent to receive the next ticket, or null when the group assigns manually or nobody is available.
    /// <paramref name="openTickets"/> counts each available agent's unsolved tickets (used by least-open).
    /// </summary>
    public string? PickAgent(IReadOnlyDictionary<string, int> openTickets)
    {
        var available = _members.Where(m => m.Available).Select(m => m.AgentId).Order(StringComparer.Ordinal).ToList();
        if (available.Count == 0 || AssignmentMode == AssignmentModes.Manual)
        {
            return null;
        }
        var picked = AssignmentMode == AssignmentModes.LeastOpen
            ? available.MinBy(agent => (openTickets.GetValueOrDefault(agent), NextInTurn(available, agent)))!
            : available[FirstAfterLast(available)];
        LastAssignedAgentId = picked;
        return picked;
    }

    private int FirstAfterLast(List<string> available)
    {
        var next = available.FindIndex(agent => string.CompareOrdinal(agent, LastAssignedAgentId) > 0);
        return next < 0 ? 0 : next;
    }

    /// <summary>0 for the agent whose turn it is in round-robin order, then 1, 2, …; breaks least-open ties fairly.</summary>
    private int NextInTurn(List<string> available, string agent)
    {
        var start = FirstAfterLast(available);
        var index = available.IndexOf(agent);
        return (index - start + available.Count) % available.Count;
    }
}
