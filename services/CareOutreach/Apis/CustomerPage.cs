namespace CxPlatform.Care.Apis;

/// <summary>A page of customers, oldest first; pass <see cref="NextCursor"/> back as <c>cursor</c> for the next page.</summary>
public sealed record CustomerPage(IReadOnlyList<CustomerResponse> Items, string? NextCursor);
