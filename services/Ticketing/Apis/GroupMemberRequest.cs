namespace CxPlatform.Ticketing.Apis;

public sealed record GroupMemberRequest(bool Available = true);
