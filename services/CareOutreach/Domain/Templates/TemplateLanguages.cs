using CxPlatform.ServiceDefaults.Globalization;

namespace CxPlatform.Care.Domain.Templates;

/// <summary>Which of a playbook's templates speaks to a customer.</summary>
public static class TemplateLanguages
{
    /// <summary>
    /// The customer's language ("de-CH"), else its base language ("de"), else the tenant's default language and its base,
    /// else the first template (by tag), so there is always one.
    /// </summary>
    public static string Choose(IReadOnlyCollection<string> templateLanguages, string? customerLanguage, string tenantDefaultLanguage)
    {
        var customerBase = customerLanguage is null ? null : LanguageTags.PrimaryLanguage(customerLanguage);
        foreach (var wanted in new[] { customerLanguage, customerBase, tenantDefaultLanguage, LanguageTags.PrimaryLanguage(tenantDefaultLanguage) })
        {
            if (wanted is not null && templateLanguages.FirstOrDefault(t => t.Equals(wanted, StringComparison.OrdinalIgnoreCase)) is { } found)
            {
                return found;
            }
        }
        return templateLanguages.Order(StringComparer.Ordinal).First();
    }
}
