using Microsoft.Extensions.Options;

namespace CxPlatform.Surveys.Tests;

public sealed class SigningKeyTests(UnusableSigningKeyFactory factory) : IClassFixture<UnusableSigningKeyFactory>
{
    [Fact]
    public void The_service_does_not_start_with_a_signing_key_shorter_than_32_bytes()
    {
        var failure = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("Surveys:InvitationSigningKey", failure.Message, StringComparison.Ordinal);
    }
}
