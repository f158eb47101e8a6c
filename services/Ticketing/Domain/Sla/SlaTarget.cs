using CxPlatform.ServiceDefaults.BusinessTime;
using CxPlatform.ServiceDefaults.Tenancy;

namespace CxPlatform.Ticketing.Domain.Sla;

/// <summary>
/// One SLA target of one ticket: a goal in business time that runs, pauses, is achieved or breached. It keeps the business
/// time already counted (<see cref="Elapsed"/>) plus the instant the current run began, so a pause freezes what remains and a
/// resume schedules a new due instant from it. Only <see cref="Ticket"/> changes it, through <see cref="TicketSlaClock"/>.
/// </summary>
public sealed class SlaTarget : ITenantScoped
{
    private SlaTarget()
    {
    }

    public Guid Id { get; private set; }
    public Guid TicketId { get; private set; }
    public string TenantId { get; private set; } = "";

    /// <summary>One of <see cref="CxPlatform.Contracts.SlaMetrics"/>.</summary>
    public string Metric { get; private set; } = "";

    public Guid PolicyId { get; private set; }
    public Guid? CalendarId { get; private set; }
    public int GoalMinutes { get; private set; }
    public DateTimeOffset StartedAt { get; private set; }

    /// <summary>Business time counted before <see cref="RunningSince"/>.</summary>
    public TimeSpan Elapsed { get; private set; }

    /// <summary>When the current run began; null while paused or once achieved.</summary>
    public DateTimeOffset? RunningSince { get; private set; }

    /// <summary>When the goal is (or was) missed; null while paused before it.</summary>
    public DateTimeOffset? DueAt { get; private set; }

    public DateTimeOffset? AchievedAt { get; private set; }

    /// <summary>When the breach was recorded (and <c>SlaBreached</c> raised); a breach is final.</summary>
    public DateTimeOffset? BreachedAt { get; private set; }

    /// <summary>PostgreSQL's xmin: a scheduler and a request cannot both record the same breach.</summary>
    public uint Version { get; private set; }

    public bool IsActive => AchievedAt is null;
    public bool IsPaused => IsActive && RunningSince is null;
    public bool IsBreached => BreachedAt is not null;
    private TimeSpan Goal => TimeSpan.FromMinutes(GoalMinutes);

    internal static SlaTarget Start(
        Ticket ticket, string metric, SlaPolicy policy, int goalMinutes, BusinessCalendar calendar, DateTimeOffset startedAt) => new()
    {
        Id = Guid.CreateVersion7(startedAt),
        TicketId = ticket.Id,
        TenantId = ticket.TenantId,
        Metric = metric,
        PolicyId = policy.Id,
        CalendarId = policy.CalendarId,
        GoalMinutes = goalMinutes,
        StartedAt = startedAt,
        RunningSince = startedAt,
        DueAt = calendar.AddBusinessMinutes(startedAt, goalMinutes),
    };

    /// <summary>Due and neither achieved nor already recorded as breached.</summary>
    public bool IsDue(DateTimeOffset now) => IsActive && BreachedAt is null && DueAt <= now;

    /// <summary>Business time left at <paramref name="now"/>: frozen while paused or achieved, negative once missed.</summary>
    public TimeSpan RemainingAt(DateTimeOffset now, BusinessCalendar calendar) =>
        Goal - Elapsed - (RunningSince is { } since && now > since ? calendar.BusinessTimeBetween(since, now) : TimeSpan.Zero);

    internal void Pause(DateTimeOffset now, BusinessCalendar calendar)
    {
        if (!IsActive || RunningSince is null)
        {
            return;
        }
        Count(now, calendar);
        RunningSince = null;
        // A due instant already passed stays, so the breach is still recorded.
        if (BreachedAt is null && DueAt > now)
        {
            DueAt = null;
        }
    }

    internal void Resume(DateTimeOffset now, BusinessCalendar calendar)
    {
        if (!IsActive || RunningSince is not null)
        {
            return;
        }
        RunningSince = now;
        Reschedule(now, calendar);
    }

    internal void Achieve(DateTimeOffset now, BusinessCalendar calendar)
    {
        if (!IsActive)
        {
            return;
        }
        Count(now, calendar);
        RunningSince = null;
        AchievedAt = now;
    }

    /// <summary>Runs again on what remained when it was achieved (a reopened ticket's resolution).</summary>
    internal void Reopen(DateTimeOffset now, BusinessCalendar calendar)
    {
        if (IsActive)
        {
            return;
        }
        AchievedAt = null;
        RunningSince = now;
        Reschedule(now, calendar);
    }

    /// <summary>Applies another policy's goal and calendar from <paramref name="now"/>; the business time counted so far stays.</summary>
    internal void Retarget(SlaPolicy policy, int goalMinutes, BusinessCalendar current, BusinessCalendar next, DateTimeOffset now)
    {
        Count(now, current);
        PolicyId = policy.Id;
        CalendarId = policy.CalendarId;
        GoalMinutes = goalMinutes;
        Reschedule(now, next);
    }

    internal void Breach(DateTimeOffset now) => BreachedAt = now;

    private void Count(DateTimeOffset now, BusinessCalendar calendar)
    {
        if (RunningSince is { } since && now > since)
        {
            Elapsed += calendar.BusinessTimeBetween(since, now);
            RunningSince = now;
        }
    }

    /// <remarks>Expects <see cref="RunningSince"/> to be <paramref name="now"/> or null.</remarks>
    private void Reschedule(DateTimeOffset now, BusinessCalendar calendar)
    {
        if (BreachedAt is not null)
        {
            return;
        }
        var left = Goal - Elapsed;
        DueAt = left <= TimeSpan.Zero ? now : RunningSince is null ? null : calendar.AddBusinessTime(now, left);
    }
}
