using CxPlatform.Care.Domain;

namespace CxPlatform.Care.Tests;

public sealed class ContactPointNormalizerTests
{
    [Theory]
    [InlineData("email", " Jane@Example.COM ", "jane@example.com")]
    [InlineData("phone", "+41 (79) 123-45.67", "+41791234567")]
    [InlineData("social_handle", "X:@JaneDoe", "x:janedoe")]
    [InlineData("external_id", "CRM-00042", "CRM-00042")]
    public void Values_get_one_canonical_spelling(string kind, string value, string expected)
    {
        Assert.True(ContactPointNormalizer.TryNormalize(kind, value, out var normalized, out _));
        Assert.Equal(new NormalizedContactPoint(kind, expected), normalized);
    }

    [Theory]
    [InlineData("email", "jane@localhost")]
    [InlineData("phone", "0041791234567")]
    [InlineData("phone", "+0791234567")]
    [InlineData("social_handle", ":ana")]
    [InlineData("social_handle", "instagram:")]
    [InlineData("chat_visitor_id", "two words")]
    [InlineData("pager", "123")]
    public void Malformed_values_are_refused_with_a_reason(string kind, string value)
    {
        Assert.False(ContactPointNormalizer.TryNormalize(kind, value, out _, out var problem));
        Assert.False(string.IsNullOrWhiteSpace(problem));
    }
}
