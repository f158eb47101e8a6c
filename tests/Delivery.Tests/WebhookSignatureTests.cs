using System.Security.Cryptography;
using System.Text;

namespace CxPlatform.Delivery.Tests;

public sealed class WebhookSignatureTests
{
    private const string Secret = "whsec-0123456789abcdef";
    private const string Body = """{"invitationId":"7f1c","score":9}""";
    private static readonly DateTimeOffset SignedAt = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly string Timestamp = SignedAt.ToUnixTimeSeconds().ToString();
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    [Fact]
    public void The_signature_is_the_hex_HMAC_SHA256_of_timestamp_dot_body_keyed_with_the_secret()
    {
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes($"{Timestamp}.{Body}")));

        Assert.Equal($"sha256={expected}", WebhookSignature.Sign(Secret, Timestamp, Body));
    }

    [Fact]
    public void A_signature_verifies_for_its_secret_timestamp_and_body_within_the_tolerance()
    {
        var signature = WebhookSignature.Sign(Secret, Timestamp, Body);

        Assert.True(WebhookSignature.Verify(Secret, Timestamp, Body, signature, SignedAt, Tolerance));
        Assert.True(WebhookSignature.Verify(Secret, Timestamp, Body, signature, SignedAt + Tolerance, Tolerance));
        Assert.True(WebhookSignature.Verify(Secret, Timestamp, Body, signature, SignedAt - Tolerance, Tolerance));
    }

    [Fact]
    public void A_changed_body_timestamp_or_secret_does_not_verify()
    {
        var signature = WebhookSignature.Sign(Secret, Timestamp, Body);

        Assert.False(WebhookSignature.Verify(Secret, Timestamp, Body.Replace("9", "0", StringComparison.Ordinal), signature, SignedAt, Tolerance));
        Assert.False(WebhookSignature.Verify(Secret, (SignedAt.ToUnixTimeSeconds() + 1).ToString(), Body, signature, SignedAt, Tolerance));
        Assert.False(WebhookSignature.Verify("whsec-another-secret!", Timestamp, Body, signature, SignedAt, Tolerance));
    }

    [Fact]
    public void A_correctly_signed_request_outside_the_tolerance_does_not_verify()
    {
        var signature = WebhookSignature.Sign(Secret, Timestamp, Body);

        Assert.False(WebhookSignature.Verify(Secret, Timestamp, Body, signature, SignedAt + Tolerance + TimeSpan.FromSeconds(1), Tolerance));
        Assert.False(WebhookSignature.Verify(Secret, Timestamp, Body, signature, SignedAt - Tolerance - TimeSpan.FromSeconds(1), Tolerance));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("sha1=00ff")]
    [InlineData("sha256=not-hex")]
    [InlineData("sha256=")]
    public void A_missing_or_malformed_signature_header_does_not_verify(string? header) =>
        Assert.False(WebhookSignature.Verify(Secret, Timestamp, Body, header, SignedAt, Tolerance));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("-1")]
    [InlineData("1e9")]
    [InlineData("99999999999999999999")]
    public void A_missing_or_malformed_timestamp_does_not_verify(string? timestamp) =>
        Assert.False(WebhookSignature.Verify(Secret, timestamp, Body, WebhookSignature.Sign(Secret, timestamp ?? "", Body), SignedAt, Tolerance));
}
