using CxPlatform.ServiceDefaults.Domain;

namespace CxPlatform.Ticketing.Domain;

/// <summary>The return a <c>return</c> ticket handles, with its own small state machine.</summary>
public sealed class TicketReturn
{
    private TicketReturn()
    {
    }

    internal TicketReturn(ReturnRequest request, DateTimeOffset now)
    {
        OrderReference = request.OrderReference;
        Items = request.Items.ToList();
        State = ReturnStates.Requested;
        StateChangedAt = now;
    }

    public string OrderReference { get; private set; } = "";
    public List<ReturnItem> Items { get; private set; } = [];
    public string State { get; private set; } = ReturnStates.Requested;
    public DateTimeOffset StateChangedAt { get; private set; }

    internal void MoveTo(string state, DateTimeOffset now)
    {
        if (!ReturnStates.CanMove(State, state))
        {
            var next = ReturnStates.NextFrom(State);
            throw new DomainRuleViolationException(
                "return.invalid_transition",
                $"A return cannot move from '{State}' to '{state}'. Allowed from '{State}': {(next.Count == 0 ? "none, it is final" : string.Join(", ", next))}.");
        }
        State = state;
        StateChangedAt = now;
    }
}
