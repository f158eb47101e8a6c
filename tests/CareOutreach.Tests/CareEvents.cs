using CxPlatform.Contracts;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace CxPlatform.Care.Tests;

/// <summary>The events other services publish, as CareOutreach receives them; published on the real broker with EventId as message id.</summary>
internal static class CareEvents
{
    public static SlaBreached SlaBreached(string tenant, Guid? customerId, DateTimeOffset at, long number = 42, string priority = TicketPriorities.High) =>
        new(tenant, Guid.NewGuid(), at, Guid.NewGuid(), number, customerId, TicketChannels.Email, TicketTypes.Incident, priority, null, "agent-1",
            SlaMetrics.FirstReply, at, Guid.NewGuid());

    public static TicketSolved TicketSolved(string tenant, Guid? customerId, DateTimeOffset at, string type = TicketTypes.Complaint, long number = 7) =>
        new(tenant, Guid.NewGuid(), at, Guid.NewGuid(), number, customerId, TicketChannels.Email, type, TicketPriorities.Normal, null, "agent-1",
            ["shipping"], at.AddDays(-1));

    public static SurveyResponded SurveyResponded(string tenant, Guid? customerId, DateTimeOffset at, string kind, int score) =>
        new(tenant, Guid.NewGuid(), at, Guid.NewGuid(), Guid.NewGuid(), 1, kind, customerId, score,
            kind == SurveyKinds.Nps ? NpsCategories.FromScore(score) : null, "Too slow.", Guid.NewGuid(), null, null);

    public static CustomerAtRisk CustomerAtRisk(string tenant, Guid customerId, DateTimeOffset at) =>
        new(tenant, Guid.NewGuid(), at, customerId, 31.5, 40, [RiskReasons.SlaBreaches], 55, JourneyStages.Active);

    public static TouchpointRecorded Touchpoint(string tenant, Guid? customerId, DateTimeOffset at, string kind, Dictionary<string, string>? attributes = null) =>
        new(tenant, Guid.NewGuid(), at, Guid.NewGuid(), customerId, kind, "shop", $"ext-{Guid.NewGuid():N}", attributes ?? []);

    public static Task PublishAsync<T>(this CareOutreachApiFactory factory, T message)
        where T : class, IIntegrationEvent =>
        factory.Services.GetRequiredService<IBus>().Publish(message, context => context.MessageId = message.EventId);
}
