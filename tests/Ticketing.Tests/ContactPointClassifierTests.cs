using CxPlatform.Contracts;
using CxPlatform.Ticketing.Customers;

namespace CxPlatform.Ticketing.Tests;

public sealed class ContactPointClassifierTests
{
    [Theory]
    [InlineData("jane@example.com", ContactPointKinds.Email)]
    [InlineData("Jane.Doe+orders@mail.example.co.uk", ContactPointKinds.Email)]
    [InlineData("+41791234567", ContactPointKinds.Phone)]
    [InlineData("+12025550143", ContactPointKinds.Phone)]
    [InlineData("instagram:@ana", ContactPointKinds.SocialHandle)]
    [InlineData("x:ana_lima", ContactPointKinds.SocialHandle)]
    public void A_contact_point_of_a_known_shape_has_its_kind(string contactPoint, string kind) =>
        Assert.Equal(kind, ContactPointClassifier.KindOf(contactPoint));

    [Theory]
    [InlineData("visitor-8d1f")]
    [InlineData("jane@example")]
    [InlineData("jane doe@example.com")]
    [InlineData("@ana")]
    [InlineData("+41 79 123 45 67")]
    [InlineData("0791234567")]
    [InlineData("+0791234567")]
    [InlineData("+1234")]
    [InlineData("instagram: ana")]
    [InlineData("")]
    [InlineData(null)]
    public void A_contact_point_of_no_known_shape_has_no_kind(string? contactPoint) =>
        Assert.Null(ContactPointClassifier.KindOf(contactPoint));
}
