using System.ComponentModel.DataAnnotations;

namespace CxPlatform.Ticketing.Apis;

public sealed record ReturnItemBody(
    [Required, StringLength(100, MinimumLength = 1)] string Sku,
    [Range(1, 10_000)] int Quantity,
    [StringLength(500)] string? Reason);
