using System.Globalization;
using System.Text.RegularExpressions;
using CxPlatform.ServiceDefaults.Domain;

namespace CxPlatform.Ticketing.Domain;

/// <summary><c>{{customer.name}}</c>-style placeholders; an unknown placeholder is refused when the macro is saved, never sent to a customer.</summary>
public static partial class MacroTemplate
{
    public static readonly IReadOnlyList<string> Placeholders =
        ["customer.name", "customer.first_name", "ticket.number", "ticket.subject", "ticket.status", "agent.id"];

    public static IReadOnlyList<string> UnknownPlaceholders(string body) =>
        PlaceholderPattern().Matches(body).Select(m => m.Groups[1].Value).Where(p => !Placeholders.Contains(p)).Distinct().ToList();

    public static void EnsureValid(string body)
    {
        var unknown = UnknownPlaceholders(body);
        if (unknown.Count > 0)
        {
            throw new DomainRuleViolationException(
                "macro.unknown_placeholder", $"Unknown placeholder(s) {string.Join(", ", unknown)}; known: {string.Join(", ", Placeholders)}.");
        }
    }

    public static string Render(string body, Ticket ticket, Author agent)
    {
        var name = string.IsNullOrWhiteSpace(ticket.Requester.Name) ? "there" : ticket.Requester.Name.Trim();
        return PlaceholderPattern().Replace(body, match => match.Groups[1].Value switch
        {
            "customer.name" => name,
            "customer.first_name" => name.Split(' ', 2)[0],
            "ticket.number" => ticket.Number.ToString(CultureInfo.InvariantCulture),
            "ticket.subject" => ticket.Subject,
            "ticket.status" => ticket.Status,
            "agent.id" => agent.Id ?? "",
            _ => match.Value,
        });
    }

    [GeneratedRegex(@"\{\{\s*([a-z_.]+)\s*\}\}")]
    private static partial Regex PlaceholderPattern();
}
