using CxPlatform.ServiceDefaults.BusinessTime;
using CxPlatform.Contracts;

namespace CxPlatform.Ticketing.Domain.Sla;

/// <summary>
/// The SLA rules of one ticket (see docs/ticketing-sla.md): which targets start, pause, resume, are achieved or breached on
/// each change. Every operation first records the breaches already due, then applies the change, then records the breaches
/// the change made due, and returns the newly breached targets so the ticket raises one <c>SlaBreached</c> for each.
/// </summary>
internal sealed class TicketSlaClock(Ticket ticket, List<SlaTarget> targets, SlaPolicySet policies)
{
    private static readonly string[] StartedAtCreation = [SlaMetrics.FirstReply, SlaMetrics.Resolution];

    public static bool Pauses(string status) => status is TicketStatuses.Pending or TicketStatuses.OnHold;

    public List<SlaTarget> Opened(TicketSlaFacts facts, DateTimeOffset now) => Apply(now, () =>
    {
        if (policies.Match(facts) is not { } policy)
        {
            return;
        }
        foreach (var metric in StartedAtCreation)
        {
            if (policy.MinutesFor(metric) is { } minutes)
            {
                targets.Add(SlaTarget.Start(ticket, metric, policy, minutes, policies.CalendarOf(policy.CalendarId), now));
            }
        }
    });

    public List<SlaTarget> StatusChanged(string from, string to, DateTimeOffset now) => Apply(now, () =>
    {
        if (to == TicketStatuses.Solved)
        {
            ForEachActive(target => target.Achieve(now, CalendarOf(target)));
        }
        else if (from == TicketStatuses.Solved && to == TicketStatuses.Open)
        {
            if (Latest(SlaMetrics.Resolution) is { IsActive: false } resolution)
            {
                resolution.Reopen(now, CalendarOf(resolution));
            }
        }
        else if (Pauses(to) && !Pauses(from))
        {
            ForEachActive(target => target.Pause(now, CalendarOf(target)));
        }
        else if (Pauses(from) && !Pauses(to))
        {
            ForEachActive(target => target.Resume(now, CalendarOf(target)));
        }
    });

    public List<SlaTarget> AgentReplied(DateTimeOffset now) => Apply(now, () =>
        ForEachActive(target =>
        {
            if (target.Metric is SlaMetrics.FirstReply or SlaMetrics.NextReply)
            {
                target.Achieve(now, CalendarOf(target));
            }
        }));

    public List<SlaTarget> CustomerReplied(TicketSlaFacts facts, DateTimeOffset now) => Apply(now, () =>
    {
        if (ticket.FirstRepliedAt is null || !IsUnsolved() || targets.Any(t => t.Metric == SlaMetrics.NextReply && t.IsActive))
        {
            return;
        }
        if (policies.Match(facts) is { } policy && policy.MinutesFor(SlaMetrics.NextReply) is { } minutes)
        {
            Start(SlaMetrics.NextReply, policy, minutes, now, now);
        }
    });

    /// <summary>
    /// After the ticket's priority, type, channel or tags changed: running targets take the newly matching policy's goals
    /// (or end, when it sets none for their metric); first reply and resolution targets the new policy adds count from the
    /// ticket's creation. Achieved and breached targets stay as they are.
    /// </summary>
    public List<SlaTarget> Reevaluated(TicketSlaFacts facts, DateTimeOffset now) => Apply(now, () =>
    {
        var policy = policies.Match(facts);
        foreach (var target in targets.Where(t => t.IsActive && !t.IsBreached).ToList())
        {
            if (policy?.MinutesFor(target.Metric) is { } minutes)
            {
                target.Retarget(policy, minutes, CalendarOf(target), policies.CalendarOf(policy.CalendarId), now);
            }
            else
            {
                targets.Remove(target);
            }
        }
        if (policy is null || !IsUnsolved())
        {
            return;
        }
        foreach (var metric in StartedAtCreation)
        {
            var owed = metric != SlaMetrics.FirstReply || ticket.FirstRepliedAt is null;
            if (owed && policy.MinutesFor(metric) is { } minutes && !targets.Any(t => t.Metric == metric))
            {
                Start(metric, policy, minutes, ticket.CreatedAt, now);
            }
        }
    });

    /// <summary>The scheduler's part: records the breach of the given targets if they are (still) due.</summary>
    public List<SlaTarget> Breach(IReadOnlyCollection<Guid> targetIds, DateTimeOffset now)
    {
        var due = targets.Where(t => targetIds.Contains(t.Id) && t.IsDue(now)).ToList();
        due.ForEach(t => t.Breach(now));
        return due;
    }

    private void Start(string metric, SlaPolicy policy, int minutes, DateTimeOffset startedAt, DateTimeOffset now)
    {
        var calendar = policies.CalendarOf(policy.CalendarId);
        var target = SlaTarget.Start(ticket, metric, policy, minutes, calendar, startedAt);
        targets.Add(target);
        if (Pauses(ticket.Status))
        {
            target.Pause(now, calendar);
        }
    }

    private List<SlaTarget> Apply(DateTimeOffset now, Action change)
    {
        var breached = BreachDue(now);
        change();
        breached.AddRange(BreachDue(now));
        return breached;
    }

    private List<SlaTarget> BreachDue(DateTimeOffset now)
    {
        var due = targets.Where(t => t.IsDue(now)).ToList();
        due.ForEach(t => t.Breach(now));
        return due;
    }

    private void ForEachActive(Action<SlaTarget> change)
    {
        foreach (var target in targets.Where(t => t.IsActive))
        {
            change(target);
        }
    }

    private SlaTarget? Latest(string metric) => targets.Where(t => t.Metric == metric).MaxBy(t => t.StartedAt);

    private bool IsUnsolved() => TicketStatuses.Unsolved.Contains(ticket.Status);

    private BusinessCalendar CalendarOf(SlaTarget target) => policies.CalendarOf(target.CalendarId);
}
