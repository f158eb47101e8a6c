namespace CxPlatform.Ticketing.Queues;

public static class TicketSorts
{
    public const string Newest = "newest";
    public const string Oldest = "oldest";
    public const string RecentlyUpdated = "updated";
    public const string Priority = "priority";

    public static readonly IReadOnlyList<string> All = [Newest, Oldest, RecentlyUpdated, Priority];
}
