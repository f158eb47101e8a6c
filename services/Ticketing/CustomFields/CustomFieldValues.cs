using System.Text.Json;
using CxPlatform.ServiceDefaults.Errors;
using CxPlatform.Ticketing.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Ticketing.CustomFields;

/// <summary>Checks values against the tenant's field definitions and turns them into canonical JSON.</summary>
public sealed class CustomFieldValues(TicketingDbContext db)
{
    /// <summary>Null values (allowed only when <paramref name="allowClearing"/>) clear a field.</summary>
    public async Task<Dictionary<string, string?>> CanonicalizeAsync(
        IReadOnlyDictionary<string, JsonElement>? values, bool allowClearing, CancellationToken cancellationToken)
    {
        var canonical = new Dictionary<string, string?>();
        if (values is null || values.Count == 0)
        {
            return canonical;
        }
        var keys = values.Keys.ToList();
        var definitions = await db.CustomFieldDefinitions.AsNoTracking().Where(d => keys.Contains(d.Key)).ToDictionaryAsync(d => d.Key, cancellationToken);
        foreach (var (key, value) in values)
        {
            var field = $"customFields.{key}";
            if (!definitions.TryGetValue(key, out var definition))
            {
                throw new InvalidRequestException(field, $"'{key}' is not a custom field of this tenant.");
            }
            if (value.ValueKind == JsonValueKind.Null)
            {
                canonical[key] = allowClearing ? null : throw new InvalidRequestException(field, "A new ticket's custom field needs a value.");
                continue;
            }
            canonical[key] = definition.TryCanonicalize(value, out var json, out var error)
                ? json
                : throw new InvalidRequestException(field, $"'{definition.Label}' {error}.");
        }
        return canonical;
    }
}
