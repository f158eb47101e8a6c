using System.Text.Json;
using CxPlatform.Contracts.Tests.Support;
using MassTransit;
using MassTransit.Serialization;

namespace CxPlatform.Contracts.Tests.Events;

/// <summary>What consumers receive: MassTransit's JSON body, routed by a message URN built from namespace and type name.</summary>
public sealed class MassTransitWireTests
{
    [Theory]
    [MemberData(nameof(EventCatalogue.Events), MemberType = typeof(EventCatalogue))]
    public void Every_event_round_trips_through_the_MassTransit_message_serializer(Type eventType)
    {
        var original = SampleEvents.Create(eventType);

        var json = JsonSerializer.Serialize(original, eventType, SystemTextJsonMessageSerializer.Options);
        var copy = JsonSerializer.Deserialize(json, eventType, SystemTextJsonMessageSerializer.Options);

        Assert.NotNull(copy);
        ContentAssert.SameProperties(original, copy);
    }

    [Theory]
    [MemberData(nameof(EventCatalogue.Events), MemberType = typeof(EventCatalogue))]
    public void Every_event_is_a_valid_message_routed_by_its_contracts_urn(Type eventType)
    {
        Assert.True(MessageTypeCache.IsValidMessageType(eventType), MessageTypeCache.InvalidMessageTypeReason(eventType));
        Assert.Equal($"urn:message:CxPlatform.Contracts:{eventType.Name}", MessageUrn.ForTypeString(eventType));
    }
}
