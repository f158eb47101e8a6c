using System.ComponentModel.DataAnnotations;
using CxPlatform.Insights.Domain;

namespace CxPlatform.Insights.Apis;

/// <summary>Up to 1000 touchpoints; each is recorded, recognised as a duplicate or rejected on its own.</summary>
public sealed record TouchpointBatchRequest(
    [property: Required, MinLength(1), MaxLength(TouchpointLimits.MaxBatchSize)] IReadOnlyList<TouchpointRequest?>? Items);
