using CxPlatform.Contracts;

namespace CxPlatform.Insights.Tests;

/// <summary>Ticket, survey and care events with the fields the KPIs read, as the other services publish them.</summary>
internal static class MetricEvents
{
    public static TicketCreated Created(string tenant, Guid ticket, string channel, DateTimeOffset at) =>
        new(tenant, Guid.NewGuid(), at, ticket, 7, null, channel, TicketTypes.Question, TicketPriorities.Normal, "Where is my parcel?", [], Team, "agent-1");

    public static TicketReplied FirstReply(string tenant, Guid ticket, string channel, DateTimeOffset createdAt, TimeSpan after) =>
        new(tenant, Guid.NewGuid(), createdAt + after, ticket, 7, null, channel, TicketTypes.Question, TicketPriorities.Normal, Team, "agent-1",
            Guid.NewGuid(), ActorKinds.Agent, "agent-1", true, true, createdAt);

    public static TicketSolved Solved(string tenant, Guid ticket, string channel, DateTimeOffset createdAt, TimeSpan after) =>
        new(tenant, Guid.NewGuid(), createdAt + after, ticket, 7, null, channel, TicketTypes.Question, TicketPriorities.Normal, Team, "agent-1", [], createdAt);

    public static TicketReopened Reopened(string tenant, Guid ticket, string channel, DateTimeOffset at) =>
        new(tenant, Guid.NewGuid(), at, ticket, 7, null, channel, TicketTypes.Question, TicketPriorities.Normal, Team, "agent-1", 1, ActorKinds.Customer);

    public static SurveyInvitationSent Invited(string tenant, string kind, DateTimeOffset at) =>
        new(tenant, Guid.NewGuid(), at, Guid.NewGuid(), Guid.NewGuid(), 1, kind, Guid.NewGuid(), ContactChannels.Email, at.AddDays(7), null, null, null);

    public static SurveyResponded Answered(string tenant, string kind, int score, DateTimeOffset at) =>
        new(tenant, Guid.NewGuid(), at, Guid.NewGuid(), Guid.NewGuid(), 1, kind, Guid.NewGuid(), score,
            kind == SurveyKinds.Nps ? NpsCategories.FromScore(score) : null, null, Guid.NewGuid(), null, null);

    public static OutreachCompleted CompletedForGoal(string tenant, Guid goal, DateTimeOffset at, DateTimeOffset due) =>
        new(tenant, Guid.NewGuid(), at, Guid.NewGuid(), Guid.NewGuid(), OutreachKinds.Apology, ContactChannels.Phone, OutreachOutcomes.Reached, null,
            false, "care-1", due, null, null, goal);

    public static CareGoalMissed GoalMissed(string tenant, Guid goal, DateTimeOffset due) =>
        new(tenant, Guid.NewGuid(), due, goal, "Apologise within 2 h", Guid.NewGuid(), due, 0.9, null, null, null);

    public static readonly Guid Team = Guid.Parse("5f0c7a52-95a4-4c43-9f1e-2a0f4bb1c001");
}
