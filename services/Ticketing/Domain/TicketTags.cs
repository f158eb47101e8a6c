namespace CxPlatform.Ticketing.Domain;

/// <summary>Tags are lower-case words, kept sorted and without duplicates so that comparing and auditing them is exact.</summary>
public static class TicketTags
{
    public static List<string> Normalize(IEnumerable<string> tags) =>
        tags.Select(t => t.Trim().ToLowerInvariant()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
