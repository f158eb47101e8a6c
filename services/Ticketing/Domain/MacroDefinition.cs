namespace CxPlatform.Ticketing.Domain;

public sealed record MacroDefinition(string Name, string Body, bool IsPublic, string? SetStatus, IReadOnlyList<string> AddTags);
