using CxPlatform.ServiceDefaults.Globalization;

namespace CxPlatform.Care.Domain.Templates;

/// <summary>How to address a customer whose name nobody knows, per language ("Dear valued customer").</summary>
public static class NeutralNames
{
    private static readonly Dictionary<string, string> ByLanguage = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = "valued customer",
        ["de"] = "geschätzte Kundin, geschätzter Kunde",
        ["fr"] = "chère cliente, cher client",
        ["it"] = "gentile cliente",
        ["es"] = "estimado cliente",
        ["nl"] = "beste klant",
    };

    public static string For(string language) =>
        ByLanguage.TryGetValue(LanguageTags.PrimaryLanguage(language), out var name) ? name : ByLanguage["en"];
}
