using System.Text.RegularExpressions;
using CxPlatform.Contracts.Tests.Support;

namespace CxPlatform.Contracts.Tests.Events;

public sealed partial class EventCatalogueTests
{
    private static readonly string[] ArchitectureCatalogue =
    [
        "TicketCreated", "TicketAssigned", "TicketReplied", "TicketStatusChanged", "TicketSolved", "TicketReopened", "SlaBreached",
        "CustomerProfileChanged", "OutreachScheduled", "OutreachCompleted", "CareGoalMissed",
        "SurveyInvitationSent", "SurveyResponded",
        "TouchpointRecorded", "CustomerAtRisk",
    ];

    /// <summary>The last word of an event name is a past-tense verb; a new verb is a reviewed addition to this list.</summary>
    private static readonly string[] PastTenseVerbs =
        ["Created", "Assigned", "Replied", "Changed", "Solved", "Reopened", "Breached", "Scheduled", "Completed", "Missed", "Sent", "Responded", "Recorded"];

    /// <summary>Names the architecture fixes that describe a state the subject entered rather than end in a verb.</summary>
    private static readonly string[] StateEntered = ["CustomerAtRisk"];

    [Fact]
    public void The_catalogue_holds_every_event_the_architecture_names()
    {
        var names = EventCatalogue.EventTypes.Select(type => type.Name).ToList();

        Assert.All(ArchitectureCatalogue, name => Assert.Contains(name, names));
    }

    [Theory]
    [MemberData(nameof(EventCatalogue.Events), MemberType = typeof(EventCatalogue))]
    public void Every_integration_event_carries_tenant_event_id_and_time(Type eventType)
    {
        Assert.True(typeof(IIntegrationEvent).IsAssignableFrom(eventType), $"{eventType.Name} does not implement IIntegrationEvent.");

        var integrationEvent = (IIntegrationEvent)SampleEvents.Create(eventType, out var arguments);

        Assert.Equal(arguments[nameof(IIntegrationEvent.TenantId)], integrationEvent.TenantId);
        Assert.Equal(arguments[nameof(IIntegrationEvent.EventId)], integrationEvent.EventId);
        Assert.Equal(arguments[nameof(IIntegrationEvent.OccurredAt)], integrationEvent.OccurredAt);
    }

    [Theory]
    [MemberData(nameof(EventCatalogue.Events), MemberType = typeof(EventCatalogue))]
    public void Every_event_starts_with_tenant_event_id_and_time_in_that_order(Type eventType)
    {
        var leading = EventCatalogue.PrimaryConstructor(eventType).GetParameters().Take(3).Select(parameter => parameter.Name);

        Assert.Equal(["TenantId", "EventId", "OccurredAt"], leading);
    }

    [Fact]
    public void Every_event_lives_in_the_single_contracts_namespace()
    {
        var elsewhere = EventCatalogue.Assembly.GetExportedTypes().Where(type => type.Namespace != "CxPlatform.Contracts").Select(type => type.FullName);

        Assert.Empty(elsewhere);
    }

    [Theory]
    [MemberData(nameof(EventCatalogue.Events), MemberType = typeof(EventCatalogue))]
    public void Every_event_is_a_sealed_positional_record(Type eventType)
    {
        Assert.True(eventType.IsSealed, $"{eventType.Name} is not sealed.");
        Assert.NotNull(eventType.GetMethod("<Clone>$"));
        Assert.Equal(typeof(object), eventType.BaseType);
        Assert.All(EventCatalogue.PrimaryConstructor(eventType).GetParameters(), parameter =>
        {
            var property = eventType.GetProperty(parameter.Name!);
            Assert.NotNull(property);
            Assert.Equal(parameter.ParameterType, property.PropertyType);
        });
    }

    [Theory]
    [MemberData(nameof(EventCatalogue.Events), MemberType = typeof(EventCatalogue))]
    public void Events_use_only_field_types_every_consumer_can_read(Type eventType)
    {
        Assert.All(EventCatalogue.PrimaryConstructor(eventType).GetParameters(), parameter => Assert.Contains(parameter.ParameterType, SampleEvents.SupportedTypes));
    }

    [Theory]
    [MemberData(nameof(EventCatalogue.Events), MemberType = typeof(EventCatalogue))]
    public void An_event_with_a_customer_id_is_a_customer_event_exposing_that_id(Type eventType)
    {
        var integrationEvent = SampleEvents.Create(eventType, out var arguments);
        if (!arguments.TryGetValue("CustomerId", out var customerId))
        {
            Assert.False(integrationEvent is ICustomerEvent, $"{eventType.Name} is an ICustomerEvent without a CustomerId field.");
            return;
        }

        var customerEvent = Assert.IsAssignableFrom<ICustomerEvent>(integrationEvent);
        Assert.Equal((Guid?)customerId, customerEvent.CustomerId);
    }

    [Theory]
    [MemberData(nameof(EventCatalogue.Events), MemberType = typeof(EventCatalogue))]
    public void Event_names_are_past_tense(Type eventType)
    {
        var lastWord = PascalWords().Matches(eventType.Name)[^1].Value;

        Assert.True(
            PastTenseVerbs.Contains(lastWord) || StateEntered.Contains(eventType.Name),
            $"{eventType.Name} should end in a past-tense verb (noun + verb, e.g. TicketSolved); '{lastWord}' is not in the list.");
    }

    [Fact]
    public void Every_ticket_event_identifies_the_ticket_by_id_and_per_tenant_number()
    {
        var ticketEvents = EventCatalogue.EventTypes.Where(type => type.Name.StartsWith("Ticket", StringComparison.Ordinal) || type == typeof(SlaBreached)).ToList();

        Assert.Contains(typeof(SlaBreached), ticketEvents);
        Assert.Contains(typeof(TicketCreated), ticketEvents);
        Assert.All(ticketEvents, type =>
        {
            Assert.Equal(typeof(Guid), type.GetProperty("TicketId")?.PropertyType);
            Assert.Equal(typeof(long), type.GetProperty("Number")?.PropertyType);
            Assert.Equal(typeof(Guid?), type.GetProperty("CustomerId")?.PropertyType);
        });
    }

    [Theory]
    [InlineData(typeof(TicketCreated))]
    [InlineData(typeof(TicketAssigned))]
    [InlineData(typeof(TicketReplied))]
    [InlineData(typeof(TicketSolved))]
    [InlineData(typeof(TicketReopened))]
    [InlineData(typeof(SlaBreached))]
    public void Ticket_events_carry_the_dimensions_insights_splits_kpis_by(Type eventType)
    {
        Assert.Equal(typeof(string), eventType.GetProperty("Channel")?.PropertyType);
        Assert.Equal(typeof(string), eventType.GetProperty("Type")?.PropertyType);
        Assert.Equal(typeof(string), eventType.GetProperty("Priority")?.PropertyType);
        Assert.Equal(typeof(Guid?), eventType.GetProperty("GroupId")?.PropertyType);
        Assert.Equal(typeof(string), eventType.GetProperty("AssigneeId")?.PropertyType);
    }

    [GeneratedRegex("[A-Z][a-z0-9]*")]
    private static partial Regex PascalWords();
}
