using CxPlatform.ServiceDefaults.Errors;
using CxPlatform.Ticketing.Domain;
using CxPlatform.Ticketing.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Ticketing.Queues;

/// <summary>Runs a <see cref="TicketFilter"/> as one indexed, keyset-paginated query.</summary>
public sealed class TicketQueue(TicketingDbContext db)
{
    public const int DefaultPageSize = 25;

    public async Task<(List<Ticket> Tickets, string? NextCursor)> ListAsync(
        TicketFilter filter, string agentId, string? cursorText, int pageSize, CancellationToken cancellationToken)
    {
        var sort = filter.Sort ?? TicketSorts.Newest;
        TicketCursor? cursor = null;
        if (cursorText is not null && !TicketCursor.TryDecode(cursorText, sort, out cursor))
        {
            throw new InvalidRequestException("cursor", "The cursor is not one this API issued for this sort.");
        }

        var query = Sorted(After(Filtered(db.Tickets.AsNoTracking(), filter, agentId), sort, cursor), sort);
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            // Only the page's ids come from the search's SQL: EF Core would join that SQL with tickets again for each owned
            // type (requester, return) it loads, once per match, before sorting.
            var pageIds = Sorted(After(Filtered(TicketSearch.Matching(db.Tickets, filter.Q), filter, agentId), sort, cursor), sort)
                .Take(pageSize + 1)
                .Select(t => t.Id);
            query = Sorted(db.Tickets.AsNoTracking().Where(t => pageIds.Contains(t.Id)), sort);
        }
        var page = await query.Take(pageSize + 1).ToListAsync(cancellationToken);
        var next = page.Count > pageSize ? CursorAfter(page[pageSize - 1], sort).Encode() : null;
        return (page.Take(pageSize).ToList(), next);
    }

    private IQueryable<Ticket> Filtered(IQueryable<Ticket> query, TicketFilter filter, string agentId)
    {
        if (filter.Status is [var status])
        {
            // An equality, not "= ANY(array)", so the (status, …) indexes can return rows already in order.
            query = query.Where(t => t.Status == status);
        }
        else if (filter.Status is { Length: > 1 } statuses)
        {
            query = query.Where(t => statuses.Contains(t.Status));
        }
        if (filter.Priority is { Length: > 0 } priorities)
        {
            query = query.Where(t => priorities.Contains(t.Priority));
        }
        if (filter.Channel is { Length: > 0 } channels)
        {
            query = query.Where(t => channels.Contains(t.Channel));
        }
        if (filter.Type is { Length: > 0 } types)
        {
            query = query.Where(t => types.Contains(t.Type));
        }
        query = filter.Assignee switch
        {
            null => query,
            TicketFilter.None => query.Where(t => t.AssigneeId == null),
            TicketFilter.Me => query.Where(t => t.AssigneeId == agentId),
            var assignee => query.Where(t => t.AssigneeId == assignee),
        };
        query = filter.Group switch
        {
            null => query,
            TicketFilter.None => query.Where(t => t.GroupId == null),
            var group when Guid.TryParse(group, out var groupId) => query.Where(t => t.GroupId == groupId),
            _ => throw new InvalidRequestException("group", "A group is a group id or 'none'."),
        };
        if (filter.Tag is not null)
        {
            var tag = filter.Tag.Trim().ToLowerInvariant();
            query = query.Where(t => t.Tags.Contains(tag));
        }
        if (filter.Breached is { } breached)
        {
            query = query.Where(t => t.SlaTargets.Any(s => s.BreachedAt != null && s.AchievedAt == null) == breached);
        }
        return query;
    }

    private static IQueryable<Ticket> After(IQueryable<Ticket> query, string sort, TicketCursor? cursor)
    {
        if (cursor is null)
        {
            return query;
        }
        var (key, number) = (cursor.Key, cursor.Number);
        return sort switch
        {
            TicketSorts.Oldest => query.Where(t => t.Number > number),
            TicketSorts.RecentlyUpdated => query.Where(t => t.UpdatedAt < new DateTimeOffset(key, TimeSpan.Zero)
                || (t.UpdatedAt == new DateTimeOffset(key, TimeSpan.Zero) && t.Number < number)),
            TicketSorts.Priority => query.Where(t => EF.Property<int>(t, TicketSearch.PriorityRankProperty) < key
                || (EF.Property<int>(t, TicketSearch.PriorityRankProperty) == key && t.Number < number)),
            _ => query.Where(t => t.Number < number),
        };
    }

    private static IQueryable<Ticket> Sorted(IQueryable<Ticket> query, string sort) => sort switch
    {
        TicketSorts.Oldest => query.OrderBy(t => t.Number),
        TicketSorts.RecentlyUpdated => query.OrderByDescending(t => t.UpdatedAt).ThenByDescending(t => t.Number),
        TicketSorts.Priority => query.OrderByDescending(t => EF.Property<int>(t, TicketSearch.PriorityRankProperty)).ThenByDescending(t => t.Number),
        _ => query.OrderByDescending(t => t.Number),
    };

    private static TicketCursor CursorAfter(Ticket last, string sort) => sort switch
    {
        TicketSorts.RecentlyUpdated => new(sort, last.UpdatedAt.UtcTicks, last.Number),
        TicketSorts.Priority => new(sort, TicketSearch.Rank(last.Priority), last.Number),
        _ => new(sort, 0, last.Number),
    };
}
