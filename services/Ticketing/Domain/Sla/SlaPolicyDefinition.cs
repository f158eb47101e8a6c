namespace CxPlatform.Ticketing.Domain.Sla;

/// <summary>Everything an admin defines about a policy; empty condition lists match any ticket.</summary>
public sealed record SlaPolicyDefinition(
    string Name,
    IReadOnlyList<string> Priorities,
    IReadOnlyList<string> Channels,
    IReadOnlyList<string> Types,
    IReadOnlyList<string> Tags,
    IReadOnlyList<SlaPolicyTarget> Targets,
    Guid? CalendarId);
