using System.ComponentModel.DataAnnotations;
using System.Globalization;
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
        CreateTicketRequest request, [AsParameters] TicketServices services, CancellationToken cancellationToken)
    {
        var tenant = services.Tenant.RequiredTenantId;
        var customFields = await services.CustomFields.CanonicalizeAsync(request.CustomFields, allowClearing: false, cancellationToken);
        await using var transaction = await services.Db.Database.BeginTransactionAsync(cancellationToken);
        var number = await services.Numbers.NextAsync(tenant, cancellationToken);
        var ticket = Ticket.Open(tenant, number, request.ToNewTicket(customFields), services.Agent, services.Time.GetUtcNow());
        services.Db.Tickets.Add(ticket);
        if (request.GroupId is not null || request.AssigneeId is not null)
        {
            await services.Router.AssignAsync(ticket, request.GroupId, request.AssigneeId, services.Agent, cancellationToken);
        }
        var response = await services.SaveAsync(ticket, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/tickets/{ticket.Id}", response);
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
        return TypedResults.Ok(TicketResponse.From(ticket));
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
        return TypedResults.Ok(new TicketPage(tickets.Take(pageSize).Select(TicketResponse.From).ToList(), next));
    }

    /// <remarks>With <c>If-Match</c> (the ETag of a GET), a change based on a stale copy is refused with 412.</remarks>
    public static async Task<Results<Ok<TicketResponse>, NotFound>> ChangeStatus(
        Guid id, ChangeStatusRequest request, [AsParameters] TicketServices services, CancellationToken cancellationToken)
    {
        var ticket = await services.FindForChangeAsync(id, cancellationToken);
        if (ticket is null)
        {
            return TypedResults.NotFound();
        }
        ticket.ChangeStatus(request.Status, services.Agent, services.Time.GetUtcNow());
        return TypedResults.Ok(await services.SaveAsync(ticket, cancellationToken));
    }
}
