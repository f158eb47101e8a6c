using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace CxPlatform.ServiceDefaults.Globalization;

/// <summary>BCP 47 language tags (language[-script][-region][-variant...]) in their conventional casing: "de-CH", "zh-Hant-TW".</summary>
public static partial class LanguageTags
{
    public const int MaxLength = 35;

    public static bool TryNormalize(string? tag, [NotNullWhen(true)] out string? normalized)
    {
        normalized = null;
        if (tag is null || tag.Length > MaxLength || !TagPattern().IsMatch(tag))
        {
            return false;
        }
        var parts = tag.Split('-');
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = i == 0 ? parts[i].ToLowerInvariant()
                : parts[i].Length == 4 && char.IsLetter(parts[i][0]) && i == 1 ? char.ToUpperInvariant(parts[i][0]) + parts[i][1..].ToLowerInvariant()
                : parts[i].Length == 2 ? parts[i].ToUpperInvariant()
                : parts[i].ToLowerInvariant();
        }
        normalized = string.Join('-', parts);
        return true;
    }

    /// <summary>The primary language subtag: "de" for "de-CH".</summary>
    public static string PrimaryLanguage(string tag) => tag.Split('-')[0];

    [GeneratedRegex(@"^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$")]
    private static partial Regex TagPattern();
}
