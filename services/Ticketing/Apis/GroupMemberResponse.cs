namespace CxPlatform.Ticketing.Apis;

public sealed record GroupMemberResponse(string AgentId, bool Available);
