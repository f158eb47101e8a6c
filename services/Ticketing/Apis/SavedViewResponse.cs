using CxPlatform.Ticketing.Queues;

namespace CxPlatform.Ticketing.Apis;

public sealed record SavedViewResponse(Guid Id, string Name, TicketFilter Filter)
{
    public static SavedViewResponse From(SavedView view) => new(view.Id, view.Name, view.Filter);
}
