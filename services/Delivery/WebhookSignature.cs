using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CxPlatform.Delivery;

/// <summary>
/// The webhook signature scheme: <c>X-Cx-Signature: sha256=&lt;hex HMAC-SHA256 over "{timestamp}.{body}"&gt;</c> with the
/// receiver's secret as key (UTF-8). Signing the timestamp with the body lets a receiver refuse replays of old requests.
/// </summary>
public static class WebhookSignature
{
    public const string Scheme = "sha256=";

    /// <summary>A tolerance for receivers that trust their clock to within a few minutes.</summary>
    public static TimeSpan DefaultTolerance { get; } = TimeSpan.FromMinutes(5);

    public static string Sign(string secret, string timestamp, ReadOnlySpan<byte> body) =>
        Scheme + Convert.ToHexStringLower(Compute(secret, timestamp, body));

    public static string Sign(string secret, string timestamp, string body) => Sign(secret, timestamp, Encoding.UTF8.GetBytes(body));

    /// <summary>
    /// Whether <paramref name="signatureHeader"/> signs exactly this timestamp and body with <paramref name="secret"/>, and the
    /// timestamp is within <paramref name="tolerance"/> of <paramref name="now"/>. The comparison takes constant time.
    /// </summary>
    /// <param name="body">The request body as received, byte for byte (not re-serialized).</param>
    public static bool Verify(string secret, string? timestamp, ReadOnlySpan<byte> body, string? signatureHeader, DateTimeOffset now, TimeSpan tolerance)
    {
        if (string.IsNullOrEmpty(secret)
            || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds()
            || (now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > tolerance
            || signatureHeader is null
            || !signatureHeader.StartsWith(Scheme, StringComparison.Ordinal))
        {
            return false;
        }
        byte[] presented;
        try
        {
            presented = Convert.FromHexString(signatureHeader.AsSpan(Scheme.Length));
        }
        catch (FormatException)
        {
            return false;
        }
        return CryptographicOperations.FixedTimeEquals(presented, Compute(secret, timestamp!, body));
    }

    public static bool Verify(string secret, string? timestamp, string body, string? signatureHeader, DateTimeOffset now, TimeSpan tolerance) =>
        Verify(secret, timestamp, Encoding.UTF8.GetBytes(body), signatureHeader, now, tolerance);

    private static byte[] Compute(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret));
        hmac.AppendData(Encoding.UTF8.GetBytes(timestamp + "."));
        hmac.AppendData(body);
        return hmac.GetHashAndReset();
    }
}
