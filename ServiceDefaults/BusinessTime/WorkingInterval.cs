namespace CxPlatform.ServiceDefaults.BusinessTime;

/// <summary>Working time on one weekday, in local wall-clock time; <see cref="End"/> may be 24:00 (a whole day).</summary>
public sealed record WorkingInterval(DayOfWeek Day, TimeSpan Start, TimeSpan End)
{
    public static readonly TimeSpan EndOfDay = TimeSpan.FromHours(24);

    public bool Overlaps(WorkingInterval other) => Day == other.Day && Start < other.End && other.Start < End;
}
