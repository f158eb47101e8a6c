using CxPlatform.Ticketing.Domain;

namespace CxPlatform.Ticketing.Apis;

public sealed record CustomFieldResponse(Guid Id, string Key, string Label, string Type, IReadOnlyList<string> Options)
{
    public static CustomFieldResponse From(CustomFieldDefinition field) => new(field.Id, field.Key, field.Label, field.Type, field.Options);
}
