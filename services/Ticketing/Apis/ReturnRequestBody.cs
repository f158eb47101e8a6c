using System.ComponentModel.DataAnnotations;
using CxPlatform.Ticketing.Domain;

namespace CxPlatform.Ticketing.Apis;

public sealed record ReturnRequestBody(
    [Required, StringLength(100, MinimumLength = 1)] string OrderReference,
    [Required, MinLength(1), MaxLength(100)] IReadOnlyList<ReturnItemBody> Items)
{
    public ReturnRequest ToReturnRequest() =>
        new(OrderReference.Trim(), Items.Select(i => new ReturnItem(i.Sku.Trim(), i.Quantity, i.Reason?.Trim())).ToList());
}
