using CxPlatform.Ticketing.Domain;

namespace CxPlatform.Ticketing.Apis;

public sealed record MacroResponse(Guid Id, string Name, string Body, bool Public, string? SetStatus, IReadOnlyList<string> AddTags)
{
    public static MacroResponse From(Macro macro) => new(macro.Id, macro.Name, macro.Body, macro.IsPublic, macro.SetStatus, macro.AddTags);
}
