using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace CxPlatform.ServiceDefaults.Api;

/// <summary>Strong ETags over a row version (PostgreSQL's xmin) for optimistic concurrency with If-Match.</summary>
public static class ETags
{
    public static string For(uint version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    public static void Set(HttpResponse response, uint version) => response.Headers.ETag = For(version);

    /// <summary>The version the caller last saw, when it sent If-Match; false when the header is there but names no version of ours.</summary>
    public static bool TryReadIfMatch(HttpRequest request, out uint? version)
    {
        version = null;
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header) || header.Trim() == "*")
        {
            return true;
        }
        if (EntityTagHeaderValue.TryParse(header, out var tag) && !tag.IsWeak
            && uint.TryParse(tag.Tag.AsSpan().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
        {
            version = parsed;
            return true;
        }
        return false;
    }
}
