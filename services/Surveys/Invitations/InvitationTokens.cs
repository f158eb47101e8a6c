using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CxPlatform.ServiceDefaults.Tenancy;
using Microsoft.Extensions.Options;

namespace CxPlatform.Surveys.Invitations;

/// <summary>
/// Signs and verifies invitation links without storing them: a token is <c>base64url(payload) "." base64url(HMAC-SHA256(key, payload))</c>
/// with payload <c>"1.{tenant}.{invitation id:N}.{expiry in Unix seconds}"</c>. The tenant travels in the token because the public
/// endpoint has no login: the tenant of every query it makes is the one the signature vouches for.
/// </summary>
public sealed class InvitationTokens(IOptions<SurveysOptions> options)
{
    private const string FormatVersion = "1";
    private const int MaxTokenLength = 512;
    private readonly byte[] _key = Convert.FromBase64String(options.Value.InvitationSigningKey!);

    public string Sign(InvitationToken token)
    {
        var payload = Encoding.UTF8.GetBytes(string.Create(
            CultureInfo.InvariantCulture, $"{FormatVersion}.{token.TenantId}.{token.InvitationId:N}.{token.ExpiresAt.ToUnixTimeSeconds()}"));
        return $"{Base64Url.EncodeToString(payload)}.{Base64Url.EncodeToString(HMACSHA256.HashData(_key, payload))}";
    }

    /// <summary>False for anything this service did not sign (tampered, truncated, made up); expiry is the caller's check.</summary>
    public bool TryVerify(string? text, out InvitationToken? token)
    {
        token = null;
        if (string.IsNullOrEmpty(text) || text.Length > MaxTokenLength || text.Split('.') is not [var payloadText, var signatureText])
        {
            return false;
        }
        byte[] payload, signature;
        try
        {
            payload = Base64Url.DecodeFromChars(payloadText);
            signature = Base64Url.DecodeFromChars(signatureText);
        }
        catch (FormatException)
        {
            return false;
        }
        if (!CryptographicOperations.FixedTimeEquals(signature, HMACSHA256.HashData(_key, payload)))
        {
            return false;
        }
        token = Parse(Encoding.UTF8.GetString(payload));
        return token is not null;
    }

    private static InvitationToken? Parse(string payload) =>
        payload.Split('.') is [FormatVersion, var tenant, var id, var expiry]
        && TenantContext.IsValidTenantId(tenant)
        && Guid.TryParseExact(id, "N", out var invitationId)
        && long.TryParse(expiry, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
        && seconds <= DateTimeOffset.MaxValue.ToUnixTimeSeconds()
            ? new InvitationToken(tenant, invitationId, DateTimeOffset.FromUnixTimeSeconds(seconds))
            : null;

    /// <summary>Whether <paramref name="base64Key"/> is a usable signing key: base64 of at least 32 bytes.</summary>
    public static bool IsUsableKey(string? base64Key)
    {
        if (string.IsNullOrWhiteSpace(base64Key))
        {
            return false;
        }
        var buffer = new byte[base64Key.Length];
        return Convert.TryFromBase64String(base64Key, buffer, out var length) && length >= 32;
    }
}
