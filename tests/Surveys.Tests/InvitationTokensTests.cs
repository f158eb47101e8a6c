using System.Buffers.Text;
using System.Text;
using CxPlatform.Surveys.Invitations;
using Microsoft.Extensions.Options;

namespace CxPlatform.Surveys.Tests;

public sealed class InvitationTokensTests
{
    private static readonly InvitationToken Token = new("acme", Guid.NewGuid(), new DateTimeOffset(2026, 4, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly InvitationTokens _tokens = With(SurveysApiFactory.InvitationSigningKey);

    [Fact]
    public void A_signed_token_verifies_to_what_was_signed()
    {
        Assert.True(_tokens.TryVerify(_tokens.Sign(Token), out var verified));
        Assert.Equal(Token, verified);
    }

    [Fact]
    public void A_token_with_another_tenant_in_its_payload_does_not_verify()
    {
        var signature = _tokens.Sign(Token).Split('.')[1];
        var payload = Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"1.globex.{Token.InvitationId:N}.{Token.ExpiresAt.ToUnixTimeSeconds()}"));

        Assert.False(_tokens.TryVerify($"{payload}.{signature}", out _));
    }

    [Fact]
    public void A_token_signed_with_another_key_does_not_verify()
    {
        var forged = With(Convert.ToBase64String(new byte[32])).Sign(Token);

        Assert.False(_tokens.TryVerify(forged, out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("no-dot")]
    [InlineData("a.b.c")]
    [InlineData("!!!.???")]
    public void Malformed_tokens_do_not_verify(string text)
    {
        Assert.False(_tokens.TryVerify(text, out _));
    }

    private static InvitationTokens With(string key) => new(Options.Create(new SurveysOptions { InvitationSigningKey = key }));
}
