using System.Globalization;
using System.Text.Json;
using CxPlatform.ServiceDefaults.Tenancy;

namespace CxPlatform.Ticketing.Domain;

/// <summary>A tenant-defined, typed ticket field (e.g. "order_value": number); values are stored as canonical JSON.</summary>
public sealed class CustomFieldDefinition : ITenantScoped
{
    private CustomFieldDefinition()
    {
    }

    public CustomFieldDefinition(string tenantId, string key, string label, string type, IReadOnlyList<string> options, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        TenantId = tenantId;
        Key = key;
        Label = label;
        Type = type;
        Options = options.ToList();
        CreatedAt = now;
    }

    public Guid Id { get; private set; }
    public string TenantId { get; private set; } = "";
    public string Key { get; private set; } = "";
    public string Label { get; private set; } = "";
    public string Type { get; private set; } = CustomFieldTypes.Text;
    public List<string> Options { get; private set; } = [];
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The canonical JSON of <paramref name="value"/>, or an explanation of why it does not fit this field.</summary>
    public bool TryCanonicalize(JsonElement value, out string canonical, out string error)
    {
        (canonical, error) = ("", "");
        switch (Type)
        {
            case CustomFieldTypes.Text when value.ValueKind == JsonValueKind.String && value.GetString()!.Length <= 4000:
            case CustomFieldTypes.Dropdown when value.ValueKind == JsonValueKind.String && Options.Contains(value.GetString()!):
                canonical = JsonSerializer.Serialize(value.GetString());
                return true;
            case CustomFieldTypes.Number when value.ValueKind == JsonValueKind.Number:
                canonical = value.GetDecimal().ToString(CultureInfo.InvariantCulture);
                return true;
            case CustomFieldTypes.Checkbox when value.ValueKind is JsonValueKind.True or JsonValueKind.False:
                canonical = value.GetBoolean() ? "true" : "false";
                return true;
            case CustomFieldTypes.Date when value.ValueKind == JsonValueKind.String
                && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date):
                canonical = JsonSerializer.Serialize(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                return true;
            default:
                error = Type switch
                {
                    CustomFieldTypes.Dropdown => $"must be one of: {string.Join(", ", Options)}",
                    CustomFieldTypes.Number => "must be a number",
                    CustomFieldTypes.Checkbox => "must be true or false",
                    CustomFieldTypes.Date => "must be a date as yyyy-MM-dd",
                    _ => "must be a string of at most 4000 characters",
                };
                return false;
        }
    }
}
