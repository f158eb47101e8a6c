using CxPlatform.Contracts;

namespace CxPlatform.Insights.Tests;

/// <summary>One of every integration event Insights consumes, as the other services publish them.</summary>
internal static class PlatformEvents
{
    public static TicketCreated TicketCreated(string tenant, Guid ticketId, Guid? customerId, DateTimeOffset at) =>
        new(tenant, Guid.NewGuid(), at, ticketId, 42, customerId, TicketChannels.Email, TicketTypes.Incident, TicketPriorities.High, "Parcel damaged", ["shipping"]);

    public static TicketAssigned TicketAssigned(string tenant, Guid ticketId, Guid? customerId, DateTimeOffset at) =>
        new(tenant, Guid.NewGuid(), at, ticketId, 42, customerId, TicketChannels.Email, TicketTypes.Incident, TicketPriorities.High, null, "agent-1",
            null, null, null);

    public static TicketSolved TicketSolved(string tenant, Guid ticketId, Guid? customerId, DateTimeOffset at) =>
        new(tenant, Guid.NewGuid(), at, ticketId, 42, customerId, TicketChannels.Email, TicketTypes.Incident, TicketPriorities.High, null, "agent-1",
            ["shipping"], at.AddHours(-5));

    public static SlaBreached SlaBreached(string tenant, Guid ticketId, Guid? customerId, DateTimeOffset at) =>
        new(tenant, Guid.NewGuid(), at, ticketId, 42, customerId, TicketChannels.Email, TicketTypes.Incident, TicketPriorities.High, null, "agent-1",
            SlaMetrics.Resolution, at, Guid.NewGuid());

    public static SurveyResponded SurveyResponded(string tenant, Guid customerId, DateTimeOffset at, string kind, int score) =>
        new(tenant, Guid.NewGuid(), at, Guid.NewGuid(), Guid.NewGuid(), 1, kind, customerId, score,
            kind == SurveyKinds.Nps ? NpsCategories.FromScore(score) : null, "Slow delivery.", Guid.NewGuid(), null, null);

    /// <summary>Every event type Insights consumes, about one customer (the ticket events about one ticket).</summary>
    public static IReadOnlyList<IIntegrationEvent> OneOfEach(string tenant, Guid customerId, DateTimeOffset at)
    {
        var ticket = Guid.NewGuid();
        var outreach = Guid.NewGuid();
        return
        [
            TicketCreated(tenant, ticket, customerId, at),
            TicketAssigned(tenant, ticket, customerId, at.AddMinutes(1)),
            new TicketReplied(tenant, Guid.NewGuid(), at.AddMinutes(2), ticket, 42, customerId, TicketChannels.Email, TicketTypes.Incident,
                TicketPriorities.High, null, "agent-1", Guid.NewGuid(), ActorKinds.Agent, "agent-1", true, true, at),
            new TicketStatusChanged(tenant, Guid.NewGuid(), at.AddMinutes(3), ticket, 42, customerId, TicketStatuses.New, TicketStatuses.Open),
            new SlaBreached(tenant, Guid.NewGuid(), at.AddMinutes(4), ticket, 42, customerId, TicketChannels.Email, TicketTypes.Incident,
                TicketPriorities.High, null, "agent-1", SlaMetrics.Resolution, at.AddMinutes(4), Guid.NewGuid()),
            TicketSolved(tenant, ticket, customerId, at.AddMinutes(5)),
            new TicketReopened(tenant, Guid.NewGuid(), at.AddMinutes(6), ticket, 42, customerId, TicketChannels.Email, TicketTypes.Incident,
                TicketPriorities.High, null, "agent-1", 1, ActorKinds.Customer),
            new CustomerProfileChanged(tenant, Guid.NewGuid(), at.AddMinutes(7), customerId, [CustomerProfileFields.Language], null),
            new OutreachScheduled(tenant, Guid.NewGuid(), at.AddMinutes(8), outreach, customerId, OutreachKinds.Apology, ContactChannels.Phone,
                at.AddHours(2), false, "care-1", null, null, ticket, null),
            new OutreachCompleted(tenant, Guid.NewGuid(), at.AddMinutes(9), outreach, customerId, OutreachKinds.Apology, ContactChannels.Phone,
                OutreachOutcomes.Reached, Sentiments.Positive, false, "care-1", at.AddHours(2), null, ticket, null),
            new CareGoalMissed(tenant, Guid.NewGuid(), at.AddMinutes(10), Guid.NewGuid(), "Apologise within 2 h", customerId, at.AddMinutes(10), 0.9,
                outreach, ticket, null),
            new SurveyInvitationSent(tenant, Guid.NewGuid(), at.AddMinutes(11), Guid.NewGuid(), Guid.NewGuid(), 1, SurveyKinds.Csat, customerId,
                ContactChannels.Email, at.AddDays(7), null, ticket, null),
            SurveyResponded(tenant, customerId, at.AddMinutes(12), SurveyKinds.Csat, 5),
        ];
    }
}
