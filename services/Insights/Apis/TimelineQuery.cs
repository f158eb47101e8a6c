using CxPlatform.Contracts;
using CxPlatform.Insights.Domain;
using CxPlatform.Insights.Timeline;
using CxPlatform.ServiceDefaults.Api;
using CxPlatform.ServiceDefaults.Errors;

namespace CxPlatform.Insights.Apis;

/// <summary>
/// <c>limit</c> 1–200 (50), the <c>cursor</c> of the previous page, and <c>kinds</c> (external or platform kinds) to keep.
/// Checked by <see cref="Cursor"/>/<see cref="EnsureValid"/> rather than attributes: attributes on an <c>[AsParameters]</c>
/// record break the OpenAPI document (dotnet/aspnetcore#65348).
/// </summary>
public sealed record TimelineQuery(int? Limit, string? Cursor, string[]? Kinds)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public InstantIdCursor? EnsureValid()
    {
        if (Limit is < 1 or > MaxPageSize)
        {
            throw new InvalidRequestException("limit", $"The limit is between 1 and {MaxPageSize}.");
        }
        if (Kinds?.FirstOrDefault(k => !TouchpointKinds.All.Contains(k) && !PlatformKinds.All.Contains(k)) is { } unknown)
        {
            throw new InvalidRequestException("kinds", $"'{unknown}' is not a touchpoint kind.");
        }
        if (Cursor is null)
        {
            return null;
        }
        return InstantIdCursor.TryDecode(Cursor, out var cursor)
            ? cursor
            : throw new InvalidRequestException("cursor", "Pass back a nextCursor this API returned.");
    }
}
