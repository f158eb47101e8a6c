using System.ComponentModel.DataAnnotations;
using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Api;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.ServiceDefaults.Data;
using CxPlatform.ServiceDefaults.Idempotency;
using CxPlatform.Ticketing.Customers;
using CxPlatform.Ticketing.Domain;
using CxPlatform.Ticketing.Queues;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Ticketing.Apis;

public static class TicketsApi
{
    public const int MaxPageSize = 100;

    public static IEndpointRouteBuilder MapTicketsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/v1/tickets").WithTags("Tickets").RequireAuthorization(CxPolicies.Agent);

        api.MapPost("/", CreateTicket).WithName("CreateTicket").WithSummary("Open a ticket from any channel").WithIdempotency();
        api.MapGet("/{id:guid}", GetTicket).WithName("GetTicket").WithSummary("Get a ticket");
        api.MapGet("/", ListTickets).WithName("ListTickets")
            .WithSummary("A work queue: filter by status, priority, channel, type, assignee, group, tag and free text; sorted; cursor-paginated");
        api.MapPost("/{id:guid}/status", ChangeStatus).WithName("ChangeTicketStatus").WithSummary("Move a ticket through its lifecycle");
        return app;
    }

    public static async Task<Created<TicketResponse>> CreateTicket(
        CreateTicketRequest request,
        [AsParameters] TicketServices services,
        [FromServices] CustomerIdentification customers,
        CancellationToken cancellationToken)
    {
        var tenant = services.Tenant.RequiredTenantId;
        var customFields = await services.CustomFields.CanonicalizeAsync(request.CustomFields, allowClearing: false, cancellationToken);
        // Before the ticket's own transaction, so that it stays short while CareOutreach answers.
        var details = await customers.IdentifyAsync(request.ToNewTicket(customFields), cancellationToken);
        var sla = await services.Sla.LoadAsync(cancellationToken);
        var number = await services.Numbers.NextAsync(tenant, cancellationToken);
        await using var transaction = await services.Db.Database.BeginOrJoinTransactionAsync(cancellationToken);
        var ticket = Ticket.Open(tenant, number, details, services.Agent, services.Time.GetUtcNow(), sla);
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
        return TypedResults.Ok(TicketResponse.From(ticket, await services.Sla.LoadAsync(cancellationToken), services.Time.GetUtcNow()));
    }

    /// <remarks>
    /// The filter is taken as plain query parameters rather than an <c>[AsParameters]</c> record: the OpenAPI generator of .NET 10
    /// fails on validation attributes of an <c>[AsParameters]</c> record's constructor parameters.
    /// </remarks>
    public static async Task<Ok<TicketPage>> ListTickets(
        [AsParameters] TicketServices services,
        TicketQueue queue,
        [ValueSet(typeof(TicketStatuses))] string[]? status,
        [ValueSet(typeof(TicketPriorities))] string[]? priority,
        [ValueSet(typeof(TicketChannels))] string[]? channel,
        [ValueSet(typeof(TicketTypes))] string[]? type,
        [StringLength(200)] string? assignee,
        [StringLength(36)] string? group,
        [StringLength(TicketLimits.TagLength)] string? tag,
        bool? breached,
        [StringLength(200)] string? q,
        [ValueSet(typeof(TicketSorts))] string? sort,
        [Range(1, MaxPageSize)] int? limit,
        string? cursor,
        CancellationToken cancellationToken)
    {
        var filter = new TicketFilter(status, priority, channel, type, assignee, group, tag, breached, q, sort);
        var (tickets, next) = await queue.ListAsync(filter, services.Agent.AuditName, cursor, limit ?? TicketQueue.DefaultPageSize, cancellationToken);
        return TypedResults.Ok(new TicketPage(await services.ResponsesAsync(tickets, cancellationToken), next));
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
        ticket.ChangeStatus(request.Status, services.Agent, services.Time.GetUtcNow(), await services.Sla.LoadAsync(cancellationToken));
        return TypedResults.Ok(await services.SaveAsync(ticket, cancellationToken));
    }
}
