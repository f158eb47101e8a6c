using CxPlatform.ServiceDefaults.Messaging;
using CxPlatform.ServiceDefaults.Tests.Sample;

namespace CxPlatform.ServiceDefaults.Tests;

public sealed class MessageTypeNameTests
{
    [Fact]
    public void A_stored_type_name_has_no_version_and_resolves_back_to_the_type()
    {
        var name = MessageTypeName.Of(typeof(NoteAdded));

        Assert.DoesNotContain("Version=", name, StringComparison.Ordinal);
        Assert.Equal(typeof(NoteAdded), MessageTypeName.Resolve(name));
    }

    [Fact]
    public void An_unknown_type_name_resolves_to_nothing() =>
        Assert.Null(MessageTypeName.Resolve("CxPlatform.Contracts.NoSuchEvent, CxPlatform.Contracts"));
}
