using CxPlatform.Ticketing.Domain;

namespace CxPlatform.Ticketing.Apis;

public sealed record GroupResponse(Guid Id, string Name, string AssignmentMode, IReadOnlyList<GroupMemberResponse> Members)
{
    public static GroupResponse From(Group group) => new(
        group.Id, group.Name, group.AssignmentMode,
        group.Members.OrderBy(m => m.AgentId, StringComparer.Ordinal).Select(m => new GroupMemberResponse(m.AgentId, m.Available)).ToList());
}
