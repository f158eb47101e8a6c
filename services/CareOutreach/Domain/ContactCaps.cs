namespace CxPlatform.Care.Domain;

/// <summary>
/// How many contacts a customer may get across all outreach, in any rolling 24 hours and any rolling 7 days. Rolling
/// windows are the same instants in every time zone and across daylight saving changes, so the end of a cap is exact.
/// </summary>
public sealed record ContactCaps(int PerDay, int PerWeek)
{
    public const int DefaultPerDay = 1;
    public const int DefaultPerWeek = 3;
    public const int MaxPerDay = 50;
    public const int MaxPerWeek = 350;

    public static readonly TimeSpan Day = TimeSpan.FromHours(24);
    public static readonly TimeSpan Week = TimeSpan.FromDays(7);

    public static readonly ContactCaps Default = new(DefaultPerDay, DefaultPerWeek);

    /// <summary>
    /// When <paramref name="at"/> is over a cap given the <paramref name="contacts"/> made so far, the cap and the instant enough
    /// of them have left the window; null when neither cap is reached. Of two reached caps, the one that lasts longer is named.
    /// </summary>
    public (ContactDenial Cap, DateTimeOffset Until)? CappedAt(IReadOnlyCollection<DateTimeOffset> contacts, DateTimeOffset at)
    {
        var week = EndOf(contacts, at, Week, PerWeek);
        var day = EndOf(contacts, at, Day, PerDay);
        return (day, week) switch
        {
            (_, { } weekEnd) when day is null || weekEnd >= day => (ContactDenial.FrequencyCapWeek, weekEnd),
            ({ } dayEnd, _) => (ContactDenial.FrequencyCapDay, dayEnd),
            _ => null,
        };
    }

    // With k ≥ max contacts in (at − window, at], the next contact is allowed once the max-th newest has left the window.
    private static DateTimeOffset? EndOf(IReadOnlyCollection<DateTimeOffset> contacts, DateTimeOffset at, TimeSpan window, int max)
    {
        var inWindow = contacts.Where(contact => contact > at - window && contact <= at).OrderDescending().ToList();
        return inWindow.Count >= max ? inWindow[max - 1] + window : null;
    }
}
