using CxPlatform.Contracts;

namespace CxPlatform.Ticketing.Apis;

public static class MessageAuthorKinds
{
    public static readonly IReadOnlyList<string> All = [ActorKinds.Agent, ActorKinds.Customer];
}
