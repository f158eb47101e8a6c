using System.Text.Json;
using CxPlatform.Contracts;
using CxPlatform.Insights.Domain;

namespace CxPlatform.Insights.Apis;

/// <summary>A validated request as the recorder's draft, with a default summary when the caller sent none.</summary>
public static class ExternalTouchpoints
{
    public static TouchpointDraft Draft(TouchpointRequest request, Guid generatedKey)
    {
        var attributes = request.Attributes ?? [];
        var externalId = request.ExternalId?.Trim();
        var summary = string.IsNullOrWhiteSpace(request.Summary) ? DefaultSummary(request.Kind!, attributes) : request.Summary.Trim();
        return new TouchpointDraft(request.CustomerId, request.Kind!, request.Source!.Trim(), externalId ?? $"generated:{generatedKey}", externalId,
            null, null, request.OccurredAt!.Value, summary, attributes, JsonSerializer.Serialize(request, JsonSerializerOptions.Web), null, IsExternal: true);
    }

    private static string DefaultSummary(string kind, IReadOnlyDictionary<string, string> attributes)
    {
        var order = attributes.TryGetValue(TouchpointAttributes.OrderId, out var id) ? $"Order {id}" : "Order";
        return kind switch
        {
            TouchpointKinds.OrderPlaced => $"{order} placed",
            TouchpointKinds.OrderShipped => $"{order} shipped",
            TouchpointKinds.OrderDelivered => $"{order} delivered",
            TouchpointKinds.OrderBackordered => $"{order} on backorder",
            TouchpointKinds.DeliveryFailed => $"Delivery failed: {order}",
            TouchpointKinds.ReturnRequested => $"Return requested: {order}",
            TouchpointKinds.ReturnCompleted => $"Return completed: {order}",
            TouchpointKinds.ReviewPosted => attributes.TryGetValue(TouchpointAttributes.Rating, out var rating) ? $"Review posted: {rating}/5" : "Review posted",
            TouchpointKinds.WebVisit => "Web visit",
            TouchpointKinds.StoreVisit => "Store visit",
            TouchpointKinds.Call => "Call",
            _ => kind,
        };
    }
}
