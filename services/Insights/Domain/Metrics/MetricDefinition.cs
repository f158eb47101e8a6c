using System.Text.Json;
using CxPlatform.Contracts;

namespace CxPlatform.Insights.Domain.Metrics;

/// <summary>
/// What each platform event adds to the metric buckets, as a pure function of the stored event alone (kind and payload), so
/// counting incrementally and rebuilding from the event store give the same buckets whatever the arrival order. Changing what
/// an event adds means a new <see cref="Version"/> and a rebuild.
/// </summary>
public static class MetricDefinition
{
    public const int Version = 1;

    /// <summary>The touchpoint kinds that add to some metric; a rebuild reads only these.</summary>
    public static readonly IReadOnlyList<string> Kinds =
    [
        PlatformKinds.TicketCreated, PlatformKinds.TicketReplied, PlatformKinds.TicketSolved, PlatformKinds.TicketReopened,
        PlatformKinds.SurveyInvitationSent, PlatformKinds.SurveyResponded, PlatformKinds.OutreachCompleted, PlatformKinds.CareGoalMissed,
    ];

    public static IReadOnlyList<MetricObservation> Observe(string kind, string payload) =>
        [.. ObserveEvent(kind, payload).OrderBy(o => o.Metric, StringComparer.Ordinal)];

    private static IEnumerable<MetricObservation> ObserveEvent(string kind, string payload)
    {
        switch (kind)
        {
            case PlatformKinds.TicketCreated:
                var created = Read<TicketCreated>(payload);
                yield return new(MetricNames.TicketVolume, Hour(created.OccurredAt),
                    Ticket(created.Channel, created.GroupId, created.AssigneeId, created.Type, created.Priority), Count: 1);
                break;
            case PlatformKinds.TicketReplied:
                var reply = Read<TicketReplied>(payload);
                if (reply.IsFirstReply)
                {
                    // The agent who answered, not the one the ticket was assigned to.
                    yield return Duration(MetricNames.FirstResponseTime, reply.OccurredAt, reply.TicketCreatedAt,
                        Ticket(reply.Channel, reply.GroupId, reply.AuthorId ?? reply.AssigneeId, reply.Type, reply.Priority));
                }
                break;
            case PlatformKinds.TicketSolved:
                var solved = Read<TicketSolved>(payload);
                var solvedBy = Ticket(solved.Channel, solved.GroupId, solved.AssigneeId, solved.Type, solved.Priority);
                yield return Duration(MetricNames.ResolutionTime, solved.OccurredAt, solved.TicketCreatedAt, solvedBy);
                yield return new(MetricNames.ReopenRate, Hour(solved.OccurredAt), solvedBy, Count: 1);
                break;
            case PlatformKinds.TicketReopened:
                var reopened = Read<TicketReopened>(payload);
                if (reopened.ReopenCount == 1)
                {
                    yield return new(MetricNames.ReopenRate, Hour(reopened.OccurredAt),
                        Ticket(reopened.Channel, reopened.GroupId, reopened.AssigneeId, reopened.Type, reopened.Priority), Hits: 1);
                }
                break;
            case PlatformKinds.SurveyInvitationSent:
                var invitation = Read<SurveyInvitationSent>(payload);
                yield return new(MetricNames.SurveyResponseRate, Hour(invitation.OccurredAt), new(SurveyKind: invitation.SurveyKind), Count: 1);
                break;
            case PlatformKinds.SurveyResponded:
                var response = Read<SurveyResponded>(payload);
                if (response.InvitationId is not null)
                {
                    yield return new(MetricNames.SurveyResponseRate, Hour(response.OccurredAt), new(SurveyKind: response.SurveyKind), Hits: 1);
                }
                if (Score(response) is { } score)
                {
                    yield return score;
                }
                break;
            case PlatformKinds.OutreachCompleted:
                var outreach = Read<OutreachCompleted>(payload);
                // A late completion adds nothing: its obligation was already counted by the CareGoalMissed at its due time.
                if (outreach.CareGoalId is { } goal && outreach.OccurredAt <= outreach.DueAt)
                {
                    yield return new(MetricNames.CareGoalAttainment, Hour(outreach.DueAt), new(CareGoal: goal.ToString()), Count: 1, Hits: 1);
                }
                break;
            case PlatformKinds.CareGoalMissed:
                var missed = Read<CareGoalMissed>(payload);
                yield return new(MetricNames.CareGoalAttainment, Hour(missed.DueAt), new(CareGoal: missed.GoalId.ToString()), Count: 1);
                break;
        }
    }

    /// <summary>NPS 0–10 (promoters 9–10 are hits, detractors 0–6 misses), CSAT 1–5 (4–5 hits), CES 1–7 (5–7 hits); a score off its scale counts nowhere.</summary>
    private static MetricObservation? Score(SurveyResponded response)
    {
        var at = Hour(response.OccurredAt);
        var dimensions = new MetricDimensionValues(SurveyKind: response.SurveyKind);
        return (response.SurveyKind, response.Score) switch
        {
            (SurveyKinds.Nps, { } s and >= 0 and <= 10) => new(MetricNames.Nps, at, dimensions, Count: 1, Hits: s >= 9 ? 1 : 0, Misses: s <= 6 ? 1 : 0, Sum: s),
            (SurveyKinds.Csat, { } s and >= 1 and <= 5) => new(MetricNames.Csat, at, dimensions, Count: 1, Hits: s >= 4 ? 1 : 0, Sum: s),
            (SurveyKinds.Ces, { } s and >= 1 and <= 7) => new(MetricNames.Ces, at, dimensions, Count: 1, Hits: s >= 5 ? 1 : 0, Sum: s),
            _ => null,
        };
    }

    /// <summary>Whole seconds from start to end (never negative), filed under the end's hour.</summary>
    private static MetricObservation Duration(string metric, DateTimeOffset end, DateTimeOffset start, MetricDimensionValues dimensions)
    {
        var seconds = Math.Max(0, (long)Math.Floor((end - start).TotalSeconds));
        return new(metric, Hour(end), dimensions, DurationHistogram.BinOf(seconds), Count: 1, Sum: seconds);
    }

    private static MetricDimensionValues Ticket(string channel, Guid? groupId, string? agentId, string type, string priority) =>
        new(channel, groupId?.ToString() ?? "", agentId ?? "", type, priority);

    private static DateTimeOffset Hour(DateTimeOffset instant) => MetricPeriods.Start(instant, MetricGrain.Hour);

    private static T Read<T>(string payload) =>
        JsonSerializer.Deserialize<T>(payload, JsonSerializerOptions.Web) ?? throw new JsonException($"The stored {typeof(T).Name} is empty.");
}
