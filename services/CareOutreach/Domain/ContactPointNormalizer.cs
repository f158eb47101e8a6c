using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using CxPlatform.Contracts;

namespace CxPlatform.Care.Domain;

/// <summary>
/// Brings a contact point to its canonical spelling: e-mail lower-cased, phone numbers in E.164 (spaces, dashes, dots and
/// parentheses dropped), social handles as lower-case "network:handle" without a leading '@', other ids trimmed.
/// </summary>
public static partial class ContactPointNormalizer
{
    public static bool TryNormalize(
        string? kind, string? value, [NotNullWhen(true)] out NormalizedContactPoint? normalized, [NotNullWhen(false)] out string? problem)
    {
        normalized = null;
        if (kind is null || !ContactPointKinds.All.Contains(kind))
        {
            problem = $"The kind must be one of: {string.Join(", ", ContactPointKinds.All)}.";
            return false;
        }
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length is 0 or > CustomerLimits.ContactPointLength)
        {
            problem = $"The value must have 1 to {CustomerLimits.ContactPointLength} characters.";
            return false;
        }
        var canonical = kind switch
        {
            ContactPointKinds.Email => Email(trimmed),
            ContactPointKinds.Phone => Phone(trimmed),
            ContactPointKinds.SocialHandle => SocialHandle(trimmed),
            _ => Identifier(trimmed),
        };
        if (canonical is null)
        {
            problem = kind switch
            {
                ContactPointKinds.Email => "The value is not an e-mail address (local@domain.tld).",
                ContactPointKinds.Phone => "The value is not a phone number in international form (+41791234567).",
                ContactPointKinds.SocialHandle => "The value is not a social handle (network:handle, e.g. instagram:ana).",
                _ => "The value must not contain whitespace or control characters.",
            };
            return false;
        }
        normalized = new NormalizedContactPoint(kind, canonical);
        problem = null;
        return true;
    }

    private static string? Email(string value) =>
        EmailPattern().IsMatch(value) ? value.ToLowerInvariant() : null;

    private static string? Phone(string value)
    {
        var digits = PhoneSeparators().Replace(value, "");
        return E164Pattern().IsMatch(digits) ? digits : null;
    }

    private static string? SocialHandle(string value)
    {
        var separator = value.IndexOf(':', StringComparison.Ordinal);
        if (separator <= 0)
        {
            return null;
        }
        var network = value[..separator].Trim().ToLowerInvariant();
        var handle = value[(separator + 1)..].Trim().TrimStart('@').ToLowerInvariant();
        return NetworkPattern().IsMatch(network) && HandlePattern().IsMatch(handle) ? $"{network}:{handle}" : null;
    }

    private static string? Identifier(string value) => value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)) ? null : value;

    [GeneratedRegex(@"^[^@\s:]+@[^@\s]+\.[^@\s.]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"[\s\-.()]")]
    private static partial Regex PhoneSeparators();

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$")]
    private static partial Regex E164Pattern();

    [GeneratedRegex(@"^[a-z][a-z0-9_-]{0,31}$")]
    private static partial Regex NetworkPattern();

    [GeneratedRegex(@"^[^\s@:]+$")]
    private static partial Regex HandlePattern();
}
