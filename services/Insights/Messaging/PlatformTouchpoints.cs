using System.Globalization;
using System.Text.Json;
using CxPlatform.Contracts;
using CxPlatform.Insights.Domain;
using CxPlatform.ServiceDefaults;

namespace CxPlatform.Insights.Messaging;

/// <summary>
/// Turns each integration event into the touchpoint that stands for it: the publishing service as source, the event id as
/// dedupe key, a one-line summary, flat attributes for timelines and the whole event as payload.
/// </summary>
internal static class PlatformTouchpoints
{
    private const int MaxCommentLength = 1000;

    public static TouchpointDraft From(TicketCreated e) => Ticket(e, PlatformKinds.TicketCreated, e.TicketId, e.CustomerId,
        $"Ticket #{e.Number} created: {e.Subject}", TicketStatuses.New,
        TicketAttributes(e.Number, e.Channel, e.Type, e.Priority, e.GroupId, e.AssigneeId));

    public static TouchpointDraft From(TicketAssigned e) => Ticket(e, PlatformKinds.TicketAssigned, e.TicketId, e.CustomerId,
        e.AssigneeId is null ? $"Ticket #{e.Number} unassigned" : $"Ticket #{e.Number} assigned to {e.AssigneeId}", null,
        TicketAttributes(e.Number, e.Channel, e.Type, e.Priority, e.GroupId, e.AssigneeId));

    public static TouchpointDraft From(TicketReplied e) => Ticket(e, PlatformKinds.TicketReplied, e.TicketId, e.CustomerId,
        (e.AuthorKind, e.IsPublic) switch
        {
            (ActorKinds.Customer, _) => $"Customer wrote on ticket #{e.Number}",
            (_, false) => $"Internal note on ticket #{e.Number}",
            _ => $"Agent replied on ticket #{e.Number}",
        },
        null,
        With(TicketAttributes(e.Number, e.Channel, e.Type, e.Priority, e.GroupId, e.AssigneeId),
            ("author_kind", e.AuthorKind), ("is_public", Flag(e.IsPublic)), ("is_first_reply", Flag(e.IsFirstReply))));

    public static TouchpointDraft From(TicketStatusChanged e) => Ticket(e, PlatformKinds.TicketStatusChanged, e.TicketId, e.CustomerId,
        $"Ticket #{e.Number} {e.From} → {e.To}", e.To,
        new Dictionary<string, string> { ["ticket_number"] = Text(e.Number), ["from"] = e.From, ["to"] = e.To });

    public static TouchpointDraft From(TicketSolved e) => Ticket(e, PlatformKinds.TicketSolved, e.TicketId, e.CustomerId,
        $"Ticket #{e.Number} solved", TicketStatuses.Solved,
        TicketAttributes(e.Number, e.Channel, e.Type, e.Priority, e.GroupId, e.AssigneeId));

    public static TouchpointDraft From(TicketReopened e) => Ticket(e, PlatformKinds.TicketReopened, e.TicketId, e.CustomerId,
        $"Ticket #{e.Number} reopened", TicketStatuses.Open,
        With(TicketAttributes(e.Number, e.Channel, e.Type, e.Priority, e.GroupId, e.AssigneeId),
            ("reopen_count", Text(e.ReopenCount)), ("actor_kind", e.ActorKind)));

    public static TouchpointDraft From(SlaBreached e) => Ticket(e, PlatformKinds.SlaBreached, e.TicketId, e.CustomerId,
        $"Ticket #{e.Number} missed its {e.Metric} target", null,
        With(TicketAttributes(e.Number, e.Channel, e.Type, e.Priority, e.GroupId, e.AssigneeId), ("metric", e.Metric), ("due_at", Text(e.DueAt))));

    public static TouchpointDraft From(CustomerProfileChanged e) => Draft(e, PlatformKinds.CustomerProfileChanged, ResourceNames.CareOutreach, e.CustomerId, null,
        e.MergedIntoCustomerId is { } survivor ? $"Profile merged into {survivor}" : $"Profile changed: {string.Join(", ", e.ChangedFields)}",
        With(new Dictionary<string, string> { ["changed_fields"] = string.Join(",", e.ChangedFields) },
            ("merged_into_customer_id", e.MergedIntoCustomerId?.ToString())));

    public static TouchpointDraft From(OutreachScheduled e) => Draft(e, PlatformKinds.OutreachScheduled, ResourceNames.CareOutreach, e.CustomerId, null,
        $"{Capitalized(e.Kind)} planned by {e.Channel}",
        With(new Dictionary<string, string>
        {
            ["outreach_id"] = Text(e.OutreachId), ["kind"] = e.Kind, ["channel"] = e.Channel, ["due_at"] = Text(e.DueAt), ["is_automated"] = Flag(e.IsAutomated),
        }, ("related_ticket_id", e.RelatedTicketId?.ToString()), ("care_goal_id", e.CareGoalId?.ToString())));

    public static TouchpointDraft From(OutreachCompleted e) => Draft(e, PlatformKinds.OutreachCompleted, ResourceNames.CareOutreach, e.CustomerId, null,
        $"{Capitalized(e.Kind)} by {e.Channel}: {e.Outcome}",
        With(new Dictionary<string, string>
        {
            ["outreach_id"] = Text(e.OutreachId), ["kind"] = e.Kind, ["channel"] = e.Channel, ["outcome"] = e.Outcome, ["due_at"] = Text(e.DueAt),
            ["is_automated"] = Flag(e.IsAutomated),
        }, (TouchpointAttributes.Sentiment, e.Sentiment), ("related_ticket_id", e.RelatedTicketId?.ToString()), ("care_goal_id", e.CareGoalId?.ToString())));

    public static TouchpointDraft From(CareGoalMissed e) => Draft(e, PlatformKinds.CareGoalMissed, ResourceNames.CareOutreach, e.CustomerId, null,
        $"Care goal missed: {e.GoalName}",
        With(new Dictionary<string, string> { ["goal_id"] = Text(e.GoalId), ["goal_name"] = e.GoalName, ["due_at"] = Text(e.DueAt) },
            ("related_ticket_id", e.RelatedTicketId?.ToString())));

    public static TouchpointDraft From(SurveyInvitationSent e) => Draft(e, PlatformKinds.SurveyInvitationSent, ResourceNames.Surveys, e.CustomerId, null,
        $"{e.SurveyKind.ToUpperInvariant()} survey sent by {e.Channel}",
        With(new Dictionary<string, string>
        {
            ["invitation_id"] = Text(e.InvitationId), ["survey_id"] = Text(e.SurveyId), [TouchpointAttributes.SurveyKind] = e.SurveyKind, ["channel"] = e.Channel,
        }, (TouchpointAttributes.RelatedTicketId, e.RelatedTicketId?.ToString())));

    public static TouchpointDraft From(SurveyResponded e) => Draft(e, PlatformKinds.SurveyResponded, ResourceNames.Surveys, e.CustomerId, null,
        e.Score is { } score ? $"{e.SurveyKind.ToUpperInvariant()} answered: {score}" : $"{Capitalized(e.SurveyKind)} survey answered",
        With(new Dictionary<string, string> { ["response_id"] = Text(e.ResponseId), ["survey_id"] = Text(e.SurveyId), [TouchpointAttributes.SurveyKind] = e.SurveyKind },
            (TouchpointAttributes.Score, e.Score?.ToString(CultureInfo.InvariantCulture)), (TouchpointAttributes.Category, e.Category),
            ("comment", e.Comment is { Length: > MaxCommentLength } comment ? comment[..MaxCommentLength] : e.Comment),
            (TouchpointAttributes.RelatedTicketId, e.RelatedTicketId?.ToString())));

    private static TouchpointDraft Ticket<TEvent>(TEvent e, string kind, Guid ticketId, Guid? customerId, string summary, string? status,
        Dictionary<string, string> attributes)
        where TEvent : IIntegrationEvent =>
        Draft(e, kind, ResourceNames.Ticketing, customerId, ticketId, summary, With(attributes, ("ticket_id", Text(ticketId)))) with { TicketStatus = status };

    private static TouchpointDraft Draft<TEvent>(TEvent e, string kind, string source, Guid? customerId, Guid? ticketId, string summary,
        Dictionary<string, string> attributes)
        where TEvent : IIntegrationEvent =>
        new(customerId, kind, source, e.EventId.ToString(), null, e.EventId, ticketId, e.OccurredAt,
            summary.Length > TouchpointLimits.SummaryLength ? summary[..TouchpointLimits.SummaryLength] : summary,
            attributes, JsonSerializer.Serialize(e, JsonSerializerOptions.Web), null, IsExternal: false);

    private static Dictionary<string, string> TicketAttributes(long number, string channel, string type, string priority, Guid? groupId, string? assigneeId) =>
        With(new Dictionary<string, string> { ["ticket_number"] = Text(number), ["channel"] = channel, ["type"] = type, ["priority"] = priority },
            ("group_id", groupId?.ToString()), ("assignee_id", assigneeId));

    private static Dictionary<string, string> With(Dictionary<string, string> attributes, params (string Key, string? Value)[] optional)
    {
        foreach (var (key, value) in optional)
        {
            if (value is not null)
            {
                attributes[key] = value;
            }
        }
        return attributes;
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Text(Guid value) => value.ToString();

    private static string Text(DateTimeOffset value) => value.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static string Flag(bool value) => value ? "true" : "false";

    private static string Capitalized(string value) =>
        value.Length == 0 ? value : char.ToUpperInvariant(value[0]) + value[1..].Replace('_', ' ');
}
