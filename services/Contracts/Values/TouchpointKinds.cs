namespace CxPlatform.Contracts;

/// <summary>Touchpoints from outside the platform that Insights ingests.</summary>
public static class TouchpointKinds
{
    public const string OrderPlaced = "order_placed";
    public const string OrderShipped = "order_shipped";
    public const string OrderDelivered = "order_delivered";

    /// <summary>An ordered item cannot ship yet; attributes carry <c>expected_date</c> (yyyy-MM-dd) and, where there is one, an <c>alternative</c>.</summary>
    public const string OrderBackordered = "order_backordered";
    public const string DeliveryFailed = "delivery_failed";
    public const string ReturnRequested = "return_requested";
    public const string ReturnCompleted = "return_completed";
    public const string ReviewPosted = "review_posted";
    public const string WebVisit = "web_visit";
    public const string StoreVisit = "store_visit";

    /// <summary>A phone call outside Ticketing, e.g. from a sales or call-centre system.</summary>
    public const string Call = "call";

    public static readonly IReadOnlyList<string> All = [OrderPlaced, OrderShipped, OrderDelivered, OrderBackordered, DeliveryFailed, ReturnRequested, ReturnCompleted, ReviewPosted, WebVisit, StoreVisit, Call];
}
