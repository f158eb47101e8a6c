namespace CxPlatform.Contracts;

/// <summary>Touchpoints from outside the platform that Insights ingests.</summary>
public static class TouchpointKinds
{
    public const string OrderPlaced = "order_placed";
    public const string OrderShipped = "order_shipped";
    public const string OrderDelivered = "order_delivered";
    public const string DeliveryFailed = "delivery_failed";
    public const string ReturnRequested = "return_requested";
    public const string ReturnCompleted = "return_completed";
    public const string ReviewPosted = "review_posted";
    public const string WebVisit = "web_visit";
    public const string StoreVisit = "store_visit";

    public static readonly IReadOnlyList<string> All = [OrderPlaced, OrderShipped, OrderDelivered, DeliveryFailed, ReturnRequested, ReturnCompleted, ReviewPosted, WebVisit, StoreVisit];
}
