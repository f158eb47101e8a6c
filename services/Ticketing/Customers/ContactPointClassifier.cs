using System.Text.RegularExpressions;
using CxPlatform.Contracts;

namespace CxPlatform.Ticketing.Customers;

/// <summary>Tells a contact point's kind from its shape, for requesters who do not name it.</summary>
public static partial class ContactPointClassifier
{
    /// <summary><see cref="ContactPointKinds.Email"/>, <see cref="ContactPointKinds.Phone"/> (E.164) or <see cref="ContactPointKinds.SocialHandle"/> ("network:handle"); null when the shape says nothing.</summary>
    public static string? KindOf(string? contactPoint) => contactPoint switch
    {
        null => null,
        _ when PhonePattern().IsMatch(contactPoint) => ContactPointKinds.Phone,
        _ when EmailPattern().IsMatch(contactPoint) => ContactPointKinds.Email,
        _ when SocialHandlePattern().IsMatch(contactPoint) => ContactPointKinds.SocialHandle,
        _ => null,
    };

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[^@\s:]+@[^@\s]+\.[^@\s.]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_-]*:\S+$")]
    private static partial Regex SocialHandlePattern();
}
