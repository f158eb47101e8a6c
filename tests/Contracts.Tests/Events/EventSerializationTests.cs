using System.Text.Json;
using System.Text.Json.Nodes;
using CxPlatform.Contracts.Tests.Support;

namespace CxPlatform.Contracts.Tests.Events;

/// <summary>The outbox stores events with <see cref="JsonSerializerOptions.Web"/> and publishes what it reads back.</summary>
public sealed class EventSerializationTests
{
    [Theory]
    [MemberData(nameof(EventCatalogue.Events), MemberType = typeof(EventCatalogue))]
    public void Every_event_round_trips_through_System_Text_Json_with_web_defaults(Type eventType)
    {
        var original = SampleEvents.Create(eventType);

        var json = JsonSerializer.Serialize(original, eventType, JsonSerializerOptions.Web);
        var copy = JsonSerializer.Deserialize(json, eventType, JsonSerializerOptions.Web);

        Assert.NotNull(copy);
        ContentAssert.SameProperties(original, copy);
    }

    [Theory]
    [MemberData(nameof(EventCatalogue.Events), MemberType = typeof(EventCatalogue))]
    public void Every_field_appears_in_camel_case_json(Type eventType)
    {
        var json = JsonNode.Parse(JsonSerializer.Serialize(SampleEvents.Create(eventType), eventType, JsonSerializerOptions.Web))!.AsObject();

        var expected = EventCatalogue.PrimaryConstructor(eventType).GetParameters().Select(parameter => JsonNamingPolicy.CamelCase.ConvertName(parameter.Name!));
        Assert.Equal(expected.Order(StringComparer.Ordinal), json.Select(property => property.Key).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(EventCatalogue.Events), MemberType = typeof(EventCatalogue))]
    public void A_consumer_ignores_fields_a_newer_publisher_added(Type eventType)
    {
        var original = SampleEvents.Create(eventType);
        var json = JsonNode.Parse(JsonSerializer.Serialize(original, eventType, JsonSerializerOptions.Web))!.AsObject();
        json["addedInANewerVersion"] = JsonValue.Create("ignored by older consumers");

        var copy = json.Deserialize(eventType, JsonSerializerOptions.Web);

        Assert.NotNull(copy);
        ContentAssert.SameProperties(original, copy);
    }

    [Fact]
    public void A_ticket_event_without_a_customer_serializes_a_null_customer_id()
    {
        var solved = new TicketSolved(
            SampleEvents.TenantId, Guid.NewGuid(), SampleEvents.BaseTime, Guid.NewGuid(), 1042, CustomerId: null,
            TicketChannels.Email, TicketTypes.Return, TicketPriorities.High, GroupId: null, AssigneeId: null, ["damaged"], SampleEvents.BaseTime.AddHours(-5));

        var json = JsonNode.Parse(JsonSerializer.Serialize(solved, JsonSerializerOptions.Web))!.AsObject();

        Assert.True(json.ContainsKey("customerId"));
        Assert.Null(json["customerId"]);
        Assert.Null(((ICustomerEvent)JsonSerializer.Deserialize<TicketSolved>(json, JsonSerializerOptions.Web)!).CustomerId);
    }
}
