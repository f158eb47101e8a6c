using CxPlatform.Care.Domain.Outreach;

namespace CxPlatform.Care.Apis;

/// <summary>A suppressed (no <c>deferredUntil</c>) or deferred contact and the rule that decided it.</summary>
public sealed record ContactDecisionResponse(
    Guid Id, Guid CustomerId, Guid? OutreachTaskId, string Channel, string Purpose, string Rule, DateTimeOffset DecidedAt,
    DateTimeOffset? DeferredUntil)
{
    public static ContactDecisionResponse From(ContactDecisionRecord record) => new(
        record.Id, record.CustomerId, record.OutreachTaskId, record.Channel, record.Purpose, record.Rule, record.DecidedAt,
        record.DeferredUntil);
}
