using System.Text.RegularExpressions;

namespace CxPlatform.Care.Domain.Templates;

/// <summary>
/// The template syntax: text with placeholders <c>{{ customer.preferred_name }}</c>, optionally with a fallback for a
/// missing value, <c>{{ touchpoint.alternative | another colour }}</c>.
/// </summary>
public static partial class TemplateText
{
    public const int MaxLength = 4000;

    /// <summary>The template's segments; <paramref name="error"/> describes the first malformed placeholder (its text is then dropped).</summary>
    public static IReadOnlyList<TemplateSegment> Parse(string text, out string? error)
    {
        error = null;
        var segments = new List<TemplateSegment>();
        var position = 0;
        while (position < text.Length)
        {
            var open = text.IndexOf("{{", position, StringComparison.Ordinal);
            if (open < 0)
            {
                segments.Add(new TemplateSegment(text[position..]));
                break;
            }
            if (open > position)
            {
                segments.Add(new TemplateSegment(text[position..open]));
            }
            var close = text.IndexOf("}}", open + 2, StringComparison.Ordinal);
            if (close < 0)
            {
                error ??= $"The '{{{{' at position {open} is never closed with '}}}}'.";
                break;
            }
            var inside = text[(open + 2)..close];
            var bar = inside.IndexOf('|', StringComparison.Ordinal);
            var name = (bar < 0 ? inside : inside[..bar]).Trim();
            var fallback = bar < 0 ? null : inside[(bar + 1)..].Trim();
            if (NamePattern().IsMatch(name) && fallback?.Contains("{{", StringComparison.Ordinal) != true)
            {
                segments.Add(new TemplateSegment(null, name, string.IsNullOrEmpty(fallback) ? null : fallback));
            }
            else
            {
                error ??= $"'{{{{{inside}}}}}' is not a placeholder: write {{{{ name }}}} or {{{{ name | fallback }}}}, e.g. {{{{ customer.preferred_name }}}}.";
            }
            position = close + 2;
        }
        return segments;
    }

    [GeneratedRegex("^[a-z][a-z_]*(\\.[a-z][a-z_]*)+$")]
    private static partial Regex NamePattern();
}
