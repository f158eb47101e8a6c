using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Domain;

namespace CxPlatform.Ticketing.Domain;

/// <summary>new → open → pending → on_hold → solved → closed; any unsolved state may move to any other; solved may reopen; closed is final.</summary>
public static class TicketLifecycle
{
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        [TicketStatuses.New] = [TicketStatuses.Open, TicketStatuses.Pending, TicketStatuses.OnHold, TicketStatuses.Solved],
        [TicketStatuses.Open] = [TicketStatuses.Pending, TicketStatuses.OnHold, TicketStatuses.Solved],
        [TicketStatuses.Pending] = [TicketStatuses.Open, TicketStatuses.OnHold, TicketStatuses.Solved],
        [TicketStatuses.OnHold] = [TicketStatuses.Open, TicketStatuses.Pending, TicketStatuses.Solved],
        [TicketStatuses.Solved] = [TicketStatuses.Open, TicketStatuses.Closed],
        [TicketStatuses.Closed] = [],
    };

    public static bool CanMove(string from, string to) => Allowed.TryGetValue(from, out var targets) && targets.Contains(to);

    public static void EnsureCanMove(string from, string to)
    {
        if (from == TicketStatuses.Closed)
        {
            throw new DomainRuleViolationException("ticket.closed_is_final", "A closed ticket cannot change; open a follow-up ticket instead.");
        }
        if (!CanMove(from, to))
        {
            throw new DomainRuleViolationException(
                "ticket.invalid_transition",
                $"A ticket cannot move from '{from}' to '{to}'. Allowed from '{from}': {string.Join(", ", Allowed[from])}.");
        }
    }
}
