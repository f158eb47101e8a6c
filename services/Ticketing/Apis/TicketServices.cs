using System.Security.Claims;
using CxPlatform.ServiceDefaults.Api;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.ServiceDefaults.Errors;
using CxPlatform.ServiceDefaults.Tenancy;
using CxPlatform.Ticketing.Assignment;
using CxPlatform.Ticketing.CustomFields;
using CxPlatform.Ticketing.Domain;
using CxPlatform.Ticketing.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Validation;

namespace CxPlatform.Ticketing.Apis;

/// <summary>The dependencies of the ticket endpoints; services, not input, so never validated.</summary>
#pragma warning disable ASP0029 // experimental, but the supported way to keep the validator out of DbContext graphs
[SkipValidation]
#pragma warning restore ASP0029
public sealed record TicketServices(
    TicketingDbContext Db,
    TicketNumbers Numbers,
    ITenantContext Tenant,
    TimeProvider Time,
    CustomFieldValues CustomFields,
    TicketRouter Router,
    SlaPolicyStore Sla,
    HttpContext Http)
{
    public Author Agent => Author.Agent(Http.User.FindFirstValue(CxClaimTypes.Subject) ?? "unknown");

    /// <summary>
    /// The ticket to change, tracked; with <c>If-Match</c> (the ETag of a GET) the save fails with 412 if anyone changed it since,
    /// even in a race. Null when there is no such ticket.
    /// </summary>
    public async Task<Ticket?> FindForChangeAsync(Guid id, CancellationToken cancellationToken, bool withMessages = false)
    {
        if (!ETags.TryReadIfMatch(Http.Request, out var expectedVersion))
        {
            throw new InvalidRequestException("If-Match", "Send the ETag of the ticket as returned by GET.");
        }
        IQueryable<Ticket> query = withMessages ? Db.Tickets.Include(t => t.Messages) : Db.Tickets;
        var ticket = await query.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (ticket is not null && expectedVersion is not null)
        {
            Db.Entry(ticket).Property(t => t.Version).OriginalValue = expectedVersion.Value;
        }
        return ticket;
    }

    /// <summary>Saves and answers with the ticket and its new ETag.</summary>
    public async Task<TicketResponse> SaveAsync(Ticket ticket, CancellationToken cancellationToken)
    {
        await Db.SaveChangesAsync(cancellationToken);
        ETags.Set(Http.Response, ticket.Version);
        return TicketResponse.From(ticket, await Sla.LoadAsync(cancellationToken), Time.GetUtcNow());
    }

    /// <summary>Tickets as answered, with their SLA targets' remaining business minutes as of now.</summary>
    public async Task<List<TicketResponse>> ResponsesAsync(IEnumerable<Ticket> tickets, CancellationToken cancellationToken)
    {
        var sla = await Sla.LoadAsync(cancellationToken);
        var now = Time.GetUtcNow();
        return tickets.Select(ticket => TicketResponse.From(ticket, sla, now)).ToList();
    }
}
