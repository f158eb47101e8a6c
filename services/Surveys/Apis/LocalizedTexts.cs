using CxPlatform.ServiceDefaults.Errors;
using CxPlatform.ServiceDefaults.Globalization;

namespace CxPlatform.Surveys.Apis;

/// <summary>Reads the texts of one definition: every text must have exactly the survey's languages (those of its title).</summary>
internal sealed class LocalizedTexts
{
    private LocalizedTexts(string defaultLanguage, IReadOnlyList<string> languages)
    {
        DefaultLanguage = defaultLanguage;
        Languages = languages;
    }

    public string DefaultLanguage { get; }
    public IReadOnlyList<string> Languages { get; }

    /// <summary>The survey's languages, from the title (which must have the default language), default first.</summary>
    public static (LocalizedTexts Texts, IReadOnlyDictionary<string, string> Title) ReadTitle(
        string? defaultLanguage, IReadOnlyDictionary<string, string>? title, string path, int maxLength)
    {
        if (!LanguageTags.TryNormalize(defaultLanguage, out var normalizedDefault))
        {
            throw new InvalidRequestException($"{path}.defaultLanguage", "Give the default language as a BCP 47 tag, e.g. en or de-CH.");
        }
        var titles = Normalize(title, $"{path}.title", maxLength);
        if (!titles.ContainsKey(normalizedDefault))
        {
            throw new InvalidRequestException($"{path}.title", $"The title needs a text in the default language {normalizedDefault}.");
        }
        if (titles.Count > Domain.SurveyLimits.MaxLanguages)
        {
            throw new InvalidRequestException($"{path}.title", $"A survey has at most {Domain.SurveyLimits.MaxLanguages} languages.");
        }
        var languages = titles.Keys.OrderBy(l => l == normalizedDefault ? 0 : 1).ThenBy(l => l, StringComparer.Ordinal).ToList();
        var texts = new LocalizedTexts(normalizedDefault, languages);
        return (texts, texts.Ordered(titles));
    }

    /// <summary>A text in each of the survey's languages, no more and no fewer.</summary>
    public IReadOnlyDictionary<string, string> Read(IReadOnlyDictionary<string, string>? text, string field, int maxLength)
    {
        var texts = Normalize(text, field, maxLength);
        if (Languages.FirstOrDefault(l => !texts.ContainsKey(l)) is { } missing)
        {
            throw new InvalidRequestException(field,
                $"There is no text in {missing}; every text needs each of the survey's languages ({string.Join(", ", Languages)}).");
        }
        if (texts.Keys.FirstOrDefault(l => !Languages.Contains(l)) is { } extra)
        {
            throw new InvalidRequestException(field, $"There is a text in {extra}, which is not one of the survey's languages (those of its title).");
        }
        return Ordered(texts);
    }

    public IReadOnlyDictionary<string, string>? ReadOptional(IReadOnlyDictionary<string, string>? text, string field, int maxLength) =>
        text is null ? null : Read(text, field, maxLength);

    private Dictionary<string, string> Ordered(Dictionary<string, string> texts) => Languages.ToDictionary(l => l, l => texts[l]);

    private static Dictionary<string, string> Normalize(IReadOnlyDictionary<string, string>? text, string field, int maxLength)
    {
        if (text is null || text.Count == 0)
        {
            throw new InvalidRequestException(field, "Give the text per language, e.g. {\"en\": \"…\"}.");
        }
        var normalized = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (tag, value) in text)
        {
            if (!LanguageTags.TryNormalize(tag, out var language))
            {
                throw new InvalidRequestException(field, $"'{tag}' is not a BCP 47 language tag.");
            }
            if (string.IsNullOrWhiteSpace(value) || value.Trim().Length > maxLength)
            {
                throw new InvalidRequestException(field, $"The text in {language} must have 1 to {maxLength} characters.");
            }
            if (!normalized.TryAdd(language, value.Trim()))
            {
                throw new InvalidRequestException(field, $"There are two texts in {language}.");
            }
        }
        return normalized;
    }
}
