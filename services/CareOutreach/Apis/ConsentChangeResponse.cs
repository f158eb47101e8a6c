using CxPlatform.Care.Domain;

namespace CxPlatform.Care.Apis;

public sealed record ConsentChangeResponse(string Channel, string Purpose, string Decision, string ChangedBy, DateTimeOffset ChangedAt, string? Source)
{
    public static ConsentChangeResponse From(ConsentChange change) =>
        new(change.Channel, change.Purpose, ConsentDecisions.Of(change.Granted), change.ChangedBy, change.ChangedAt, change.Source);
}
