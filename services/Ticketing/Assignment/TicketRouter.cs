using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Errors;
using CxPlatform.Ticketing.Domain;
using CxPlatform.Ticketing.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Ticketing.Assignment;

/// <summary>Assigns tickets to a group and an agent; picks the agent by the group's mode when none is named.</summary>
public sealed class TicketRouter(TicketingDbContext db, TimeProvider time)
{
    /// <remarks>Runs inside the caller's transaction: the group row is locked so two tickets never get the same round-robin turn.</remarks>
    public async Task AssignAsync(Ticket ticket, Guid? groupId, string? assigneeId, Author actor, CancellationToken cancellationToken)
    {
        if (groupId is null)
        {
            ticket.Assign(null, assigneeId, actor, time.GetUtcNow());
            return;
        }
        var group = await db.Groups
            .FromSql($"""SELECT * FROM groups WHERE "Id" = {groupId} FOR UPDATE""")
            .Include(g => g.Members)
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new InvalidRequestException("groupId", $"There is no group {groupId}.");

        if (assigneeId is not null && !group.HasMember(assigneeId))
        {
            throw new InvalidRequestException("assigneeId", $"'{assigneeId}' is not a member of the group '{group.Name}'.");
        }
        assigneeId ??= group.PickAgent(await OpenTicketsPerAgentAsync(group, cancellationToken));
        ticket.Assign(group.Id, assigneeId, actor, time.GetUtcNow());
    }

    private async Task<IReadOnlyDictionary<string, int>> OpenTicketsPerAgentAsync(Group group, CancellationToken cancellationToken)
    {
        if (group.AssignmentMode != AssignmentModes.LeastOpen)
        {
            return new Dictionary<string, int>();
        }
        var agents = group.Members.Where(m => m.Available).Select(m => m.AgentId).ToList();
        var unsolved = TicketStatuses.Unsolved.ToList();
        return await db.Tickets
            .Where(t => t.AssigneeId != null && agents.Contains(t.AssigneeId) && unsolved.Contains(t.Status))
            .GroupBy(t => t.AssigneeId!)
            .Select(g => new { Agent = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Agent, x => x.Count, cancellationToken);
    }
}
