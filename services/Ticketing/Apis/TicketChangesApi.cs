using CxPlatform.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Ticketing.Apis;

/// <summary>Edits, assignment, returns, merge and split: every change takes an optional <c>If-Match</c> and answers with the new ETag.</summary>
public static class TicketChangesApi
{
    public static IEndpointRouteBuilder MapTicketChangesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/v1/tickets").WithTags("Tickets").RequireAuthorization(CxPolicies.Agent);

        api.MapPatch("/{id:guid}", ChangeTicket).WithName("ChangeTicket").WithSummary("Change subject, priority, type, tags or custom fields");
        api.MapPut("/{id:guid}/assignment", AssignTicket).WithName("AssignTicket")
            .WithSummary("Assign to a group and/or agent; a group alone lets its assignment mode pick the agent");
        api.MapPost("/{id:guid}/return/state", ChangeReturnState).WithName("ChangeReturnState").WithSummary("Move a return ticket's return along");
        api.MapPost("/{id:guid}/merge", MergeTicket).WithName("MergeTicket")
            .WithSummary("Merge this ticket into another: the conversation moves, this ticket closes and points to the target");
        api.MapPost("/{id:guid}/messages/{messageId:guid}/split", SplitMessage).WithName("SplitMessage")
            .WithSummary("Open a new ticket from one message of this ticket");
        return app;
    }

    public static async Task<Results<Ok<TicketResponse>, NotFound>> ChangeTicket(
        Guid id, ChangeTicketRequest request, [AsParameters] TicketServices services, CancellationToken cancellationToken)
    {
        var customFields = await services.CustomFields.CanonicalizeAsync(request.CustomFields, allowClearing: true, cancellationToken);
        var ticket = await services.FindForChangeAsync(id, cancellationToken);
        if (ticket is null)
        {
            return TypedResults.NotFound();
        }
        ticket.ChangeDetails(
            new(request.Subject?.Trim(), request.Priority, request.Type, request.Tags, customFields), services.Agent, services.Time.GetUtcNow(), await services.Sla.LoadAsync(cancellationToken));
        return TypedResults.Ok(await services.SaveAsync(ticket, cancellationToken));
    }

    public static async Task<Results<Ok<TicketResponse>, NotFound>> AssignTicket(
        Guid id, AssignTicketRequest request, [AsParameters] TicketServices services, CancellationToken cancellationToken)
    {
        await using var transaction = await services.Db.Database.BeginTransactionAsync(cancellationToken);
        var ticket = await services.FindForChangeAsync(id, cancellationToken);
        if (ticket is null)
        {
            return TypedResults.NotFound();
        }
        await services.Router.AssignAsync(ticket, request.GroupId, request.AssigneeId, services.Agent, cancellationToken);
        var response = await services.SaveAsync(ticket, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(response);
    }

    public static async Task<Results<Ok<TicketResponse>, NotFound>> ChangeReturnState(
        Guid id, ChangeReturnStateRequest request, [AsParameters] TicketServices services, CancellationToken cancellationToken)
    {
        var ticket = await services.FindForChangeAsync(id, cancellationToken);
        if (ticket is null)
        {
            return TypedResults.NotFound();
        }
        ticket.ChangeReturnState(request.State, services.Agent, services.Time.GetUtcNow());
        return TypedResults.Ok(await services.SaveAsync(ticket, cancellationToken));
    }

    public static async Task<Results<Ok<TicketResponse>, NotFound>> MergeTicket(
        Guid id, MergeTicketRequest request, [AsParameters] TicketServices services, CancellationToken cancellationToken)
    {
        var source = await services.FindForChangeAsync(id, cancellationToken, withMessages: true);
        var target = await services.Db.Tickets.Include(t => t.Messages).SingleOrDefaultAsync(t => t.Id == request.TargetTicketId, cancellationToken);
        if (source is null || target is null)
        {
            return TypedResults.NotFound();
        }
        source.MergeInto(target, services.Agent, services.Time.GetUtcNow(), await services.Sla.LoadAsync(cancellationToken));
        return TypedResults.Ok(await services.SaveAsync(source, cancellationToken));
    }

    public static async Task<Results<Created<TicketResponse>, NotFound>> SplitMessage(
        Guid id, Guid messageId, SplitMessageRequest request, [AsParameters] TicketServices services, CancellationToken cancellationToken)
    {
        await using var transaction = await services.Db.Database.BeginTransactionAsync(cancellationToken);
        var source = await services.FindForChangeAsync(id, cancellationToken, withMessages: true);
        if (source is null)
        {
            return TypedResults.NotFound();
        }
        var number = await services.Numbers.NextAsync(source.TenantId, cancellationToken);
        var split = source.SplitMessage(messageId, number, request.Subject?.Trim(), services.Agent, services.Time.GetUtcNow(), await services.Sla.LoadAsync(cancellationToken));
        services.Db.Tickets.Add(split);
        await services.Db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/tickets/{split.Id}", (await services.ResponsesAsync([split], cancellationToken))[0]);
    }
}
