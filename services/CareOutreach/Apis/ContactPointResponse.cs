using CxPlatform.Care.Domain;

namespace CxPlatform.Care.Apis;

public sealed record ContactPointResponse(Guid Id, string Kind, string Value, bool Verified, DateTimeOffset AddedAt, DateTimeOffset? VerifiedAt)
{
    public static ContactPointResponse From(CustomerContactPoint point) =>
        new(point.Id, point.Kind, point.Value, point.IsVerified, point.AddedAt, point.VerifiedAt);
}
