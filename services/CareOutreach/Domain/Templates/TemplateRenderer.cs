using System.Globalization;
using System.Text;

namespace CxPlatform.Care.Domain.Templates;

/// <summary>
/// Fills a template in for one customer. A missing value falls back, in order: to a related field (preferred name ↔ full
/// name), to the placeholder's own fallback text, and for names to a neutral form of address; anything else renders empty.
/// Nothing in the output is ever a literal <c>{{…}}</c>. Numbers and dates are written the way the language writes them;
/// instants in the customer's time zone.
/// </summary>
public static class TemplateRenderer
{
    private static readonly Dictionary<string, string[]> Related = new(StringComparer.Ordinal)
    {
        [TemplatePlaceholders.PreferredName] = [TemplatePlaceholders.PreferredName, TemplatePlaceholders.FullName],
        [TemplatePlaceholders.FullName] = [TemplatePlaceholders.FullName, TemplatePlaceholders.PreferredName],
    };

    public static string Render(string template, string language, IReadOnlyDictionary<string, object?> values, TimeZoneInfo timeZone)
    {
        var culture = CultureFor(language);
        var text = new StringBuilder();
        foreach (var segment in TemplateText.Parse(template, out _))
        {
            text.Append(segment.Literal ?? ValueOf(segment, language, values, culture, timeZone));
        }
        return text.ToString();
    }

    private static string ValueOf(
        TemplateSegment segment, string language, IReadOnlyDictionary<string, object?> values, CultureInfo culture, TimeZoneInfo timeZone)
    {
        var name = segment.Placeholder!;
        foreach (var candidate in Related.GetValueOrDefault(name) ?? [name])
        {
            if (values.TryGetValue(candidate, out var value) && Format(value, culture, timeZone) is { Length: > 0 } formatted)
            {
                return formatted;
            }
        }
        return segment.Fallback ?? (Related.ContainsKey(name) ? NeutralNames.For(language) : "");
    }

    private static string? Format(object? value, CultureInfo culture, TimeZoneInfo timeZone) => value switch
    {
        null => null,
        string text => text.Trim(),
        DateTimeOffset instant => TimeZoneInfo.ConvertTime(instant, timeZone).ToString("f", culture),
        DateOnly date => date.ToString("D", culture),
        long or int => Convert.ToString(value, CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, culture),
        _ => value.ToString(),
    };

    private static CultureInfo CultureFor(string language)
    {
        try
        {
            return CultureInfo.GetCultureInfo(language);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }
}
