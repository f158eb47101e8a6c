using CxPlatform.Ticketing.Domain;

namespace CxPlatform.Ticketing.Apis;

public sealed record ReturnResponse(string OrderReference, IReadOnlyList<ReturnItem> Items, string State, DateTimeOffset StateChangedAt)
{
    public static ReturnResponse From(TicketReturn ticketReturn) =>
        new(ticketReturn.OrderReference, ticketReturn.Items, ticketReturn.State, ticketReturn.StateChangedAt);
}
