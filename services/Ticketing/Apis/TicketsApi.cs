using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Claims;
using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Api;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Ticketing.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Ticketing.Apis;

public static class TicketsApi
{
    public const int MaxPageSize = 100;

    public static IEndpointRouteBuilder MapTicketsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/v1/tickets").WithTags("Tickets").RequireAuthorization(CxPolicies.Agent);

        api.MapPost("/", CreateTicket).WithName("CreateTicket").WithSummary("Open a ticket from any channel");
        api.MapGet("/{id:guid}", GetTicket).WithName("GetTicket").WithSummary("Get a ticket");
        api.MapGet("/", ListTickets).WithName("ListTickets").WithSummary("List tickets, newest first, cursor-paginated");
        api.MapPost("/{id:guid}/status", ChangeStatus).WithName("ChangeTicketStatus").WithSummary("Move a ticket through its lifecycle");
        return app;
    }

    public static async Task<Created<TicketResponse>> CreateTicket(
        CreateTicketRequest request, [AsParameters] TicketServices services, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var tenant = services.Tenant.RequiredTenantId;
        var sla = await services.Sla.LoadAsync(cancellationToken);
        await using var transaction = await services.Db.Database.BeginTransactionAsync(cancellationToken);
        var number = await services.Numbers.NextAsync(tenant, cancellationToken);
        var now = services.Time.GetUtcNow();
        var ticket = Ticket.Open(tenant, number, request.ToNewTicket(), Actor(user), now, sla);
        services.Db.Tickets.Add(ticket);
        await services.Db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/tickets/{ticket.Id}", TicketResponse.From(ticket, sla, now));
    }

    public static async Task<Results<Ok<TicketResponse>, NotFound>> GetTicket(
        Guid id, HttpResponse response, [AsParameters] TicketServices services, CancellationToken cancellationToken)
    {
        var ticket = await services.Db.Tickets.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (ticket is null)
        {
            return TypedResults.NotFound();
        }
        ETags.Set(response, ticket.Version);
        return TypedResults.Ok(TicketResponse.From(ticket, await services.Sla.LoadAsync(cancellationToken), services.Time.GetUtcNow()));
    }

    public static async Task<Results<Ok<TicketPage>, ValidationProblem>> ListTickets(
        [AsParameters] TicketServices services,
        [ValueSet(typeof(TicketStatuses))] string? status,
        [Range(1, MaxPageSize)] int? limit,
        string? cursor,
        CancellationToken cancellationToken)
    {
        long? before = null;
        if (cursor is not null)
        {
            if (!long.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["cursor"] = ["The cursor is not one this API issued."] });
            }
            before = parsed;
        }

        var pageSize = limit ?? 25;
        var query = services.Db.Tickets.AsNoTracking();
        if (status is not null)
        {
            query = query.Where(t => t.Status == status);
        }
        if (before is not null)
        {
            query = query.Where(t => t.Number < before);
        }
        var tickets = await query.OrderByDescending(t => t.Number).Take(pageSize + 1).ToListAsync(cancellationToken);
        var next = tickets.Count > pageSize ? tickets[pageSize - 1].Number.ToString(CultureInfo.InvariantCulture) : null;
        var sla = await services.Sla.LoadAsync(cancellationToken);
        var now = services.Time.GetUtcNow();
        return TypedResults.Ok(new TicketPage(tickets.Take(pageSize).Select(t => TicketResponse.From(t, sla, now)).ToList(), next));
    }

    /// <remarks>With <c>If-Match</c> (the ETag of a GET), a change based on a stale copy is refused with 412.</remarks>
    public static async Task<Results<Ok<TicketResponse>, NotFound, ValidationProblem>> ChangeStatus(
        Guid id, ChangeStatusRequest request, HttpContext http, [AsParameters] TicketServices services, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!ETags.TryReadIfMatch(http.Request, out var expectedVersion))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["If-Match"] = ["Send the ETag of the ticket as returned by GET."] });
        }
        var ticket = await services.Db.Tickets.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (ticket is null)
        {
            return TypedResults.NotFound();
        }
        if (expectedVersion is not null)
        {
            // The save then fails (412) if the row changed since the caller's copy, even in a race with another request.
            services.Db.Entry(ticket).Property(t => t.Version).OriginalValue = expectedVersion.Value;
        }
        var sla = await services.Sla.LoadAsync(cancellationToken);
        var now = services.Time.GetUtcNow();
        ticket.ChangeStatus(request.Status, Actor(user), now, sla);
        await services.Db.SaveChangesAsync(cancellationToken);
        ETags.Set(http.Response, ticket.Version);
        return TypedResults.Ok(TicketResponse.From(ticket, sla, now));
    }

    private static string Actor(ClaimsPrincipal user) => user.FindFirstValue(CxClaimTypes.Subject) ?? "unknown";
}
