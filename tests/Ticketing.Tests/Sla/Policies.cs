using CxPlatform.ServiceDefaults.BusinessTime;
using CxPlatform.Contracts;
using CxPlatform.Ticketing.Domain.Sla;

namespace CxPlatform.Ticketing.Tests.Sla;

internal static class Policies
{
    public static SlaPolicy Create(
        string name,
        int position = 1,
        string[]? priorities = null,
        string[]? channels = null,
        string[]? types = null,
        string[]? tags = null,
        int? firstReply = 60,
        int? nextReply = 120,
        int? resolution = 480,
        Guid? calendarId = null,
        DateTimeOffset? createdAt = null)
    {
        SlaPolicyTarget[] targets =
        [
            .. new (string Metric, int? Minutes)[] { (SlaMetrics.FirstReply, firstReply), (SlaMetrics.NextReply, nextReply), (SlaMetrics.Resolution, resolution) }
                .Where(t => t.Minutes is not null)
                .Select(t => new SlaPolicyTarget(t.Metric, t.Minutes!.Value)),
        ];
        return SlaPolicy.Create(
            "acme",
            new SlaPolicyDefinition(name, priorities ?? [], channels ?? [], types ?? [], tags ?? [], targets, calendarId),
            position,
            createdAt ?? new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    }
}
