using Microsoft.Extensions.Primitives;

namespace CxPlatform.ServiceDefaults.Idempotency;

internal static class IdempotencyKey
{
    public const int MaxLength = 255;

    /// <summary>Exactly one header value of 1–255 visible ASCII characters (no spaces, no control characters).</summary>
    public static bool TryRead(StringValues header, out string key)
    {
        key = header.Count == 1 ? header[0] ?? "" : "";
        return key.Length is > 0 and <= MaxLength && key.All(c => c is >= '!' and <= '~');
    }
}
