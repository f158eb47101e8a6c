using CxPlatform.ServiceDefaults.BusinessTime;
namespace CxPlatform.Ticketing.Domain.Sla;

/// <summary>A tenant's SLA policies in order, with the business calendars they count in: what a ticket's SLA clock consults.</summary>
public sealed class SlaPolicySet
{
    private readonly IReadOnlyList<SlaPolicy> _policies;
    private readonly IReadOnlyDictionary<Guid, BusinessCalendar> _calendars;

    public SlaPolicySet(IEnumerable<SlaPolicy> policies, IReadOnlyDictionary<Guid, BusinessCalendar> calendars)
    {
        _policies = [.. policies.OrderBy(p => p.Position).ThenBy(p => p.CreatedAt).ThenBy(p => p.Id)];
        _calendars = calendars;
    }

    /// <summary>A tenant without policies: tickets get no SLA targets.</summary>
    public static SlaPolicySet None { get; } = new([], new Dictionary<Guid, BusinessCalendar>());

    public IReadOnlyList<SlaPolicy> Policies => _policies;

    /// <summary>The first policy in order whose conditions all match, or null.</summary>
    public SlaPolicy? Match(TicketSlaFacts ticket) => _policies.FirstOrDefault(policy => policy.Matches(ticket));

    /// <summary>The calendar with this id; none (or one deleted since) means every minute counts.</summary>
    public BusinessCalendar CalendarOf(Guid? calendarId) =>
        calendarId is { } id && _calendars.TryGetValue(id, out var calendar) ? calendar : BusinessCalendar.AlwaysOpen;
}
