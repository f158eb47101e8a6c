using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Ticketing.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Ticketing.Apis;

/// <summary>A ticket's conversation (public replies and internal notes), its audit trail, and macros applied to it.</summary>
public static class ConversationApi
{
    public static IEndpointRouteBuilder MapConversationApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/v1/tickets/{id:guid}").WithTags("Conversation").RequireAuthorization(CxPolicies.Agent);

        api.MapPost("/messages", AddMessage).WithName("AddMessage").WithSummary("Reply publicly or add an internal note");
        api.MapGet("/messages", ListMessages).WithName("ListMessages").WithSummary("The conversation, oldest first");
        api.MapGet("/audit", ListAudit).WithName("ListAudit").WithSummary("Every change: who, when, before → after");
        api.MapPost("/macros/{macroId:guid}", ApplyMacro).WithName("ApplyMacro").WithSummary("Reply with a macro, filling its placeholders");
        return app;
    }

    public static async Task<Results<Created<MessageResponse>, NotFound>> AddMessage(
        Guid id, AddMessageRequest request, [AsParameters] TicketServices services, CancellationToken cancellationToken)
    {
        var ticket = await services.FindForChangeAsync(id, cancellationToken);
        if (ticket is null)
        {
            return TypedResults.NotFound();
        }
        var now = services.Time.GetUtcNow();
        var sla = await services.Sla.LoadAsync(cancellationToken);
        var author = request.AuthorKind == ActorKinds.Customer ? Author.Customer : services.Agent;
        var message = ticket.AddMessage(author, request.Body, request.Public, now, sla);
        if (request.Status is not null)
        {
            ticket.ChangeStatus(request.Status, author, now, sla);
        }
        await services.SaveAsync(ticket, cancellationToken);
        return TypedResults.Created($"/api/v1/tickets/{id}/messages/{message.Id}", MessageResponse.From(message));
    }

    public static async Task<Results<Ok<List<MessageResponse>>, NotFound>> ListMessages(
        Guid id, [AsParameters] TicketServices services, CancellationToken cancellationToken)
    {
        if (!await services.Db.Tickets.AnyAsync(t => t.Id == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        var messages = await services.Db.TicketMessages.AsNoTracking().Where(m => m.TicketId == id)
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(messages.Select(MessageResponse.From).ToList());
    }

    public static async Task<Results<Ok<List<AuditEntryResponse>>, NotFound>> ListAudit(
        Guid id, [AsParameters] TicketServices services, CancellationToken cancellationToken)
    {
        if (!await services.Db.Tickets.AnyAsync(t => t.Id == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        var entries = await services.Db.TicketAudit.AsNoTracking().Where(a => a.TicketId == id).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(entries.Select(AuditEntryResponse.From).ToList());
    }

    public static async Task<Results<Created<MessageResponse>, NotFound>> ApplyMacro(
        Guid id, Guid macroId, [AsParameters] TicketServices services, CancellationToken cancellationToken)
    {
        var macro = await services.Db.Macros.AsNoTracking().SingleOrDefaultAsync(m => m.Id == macroId, cancellationToken);
        var ticket = await services.FindForChangeAsync(id, cancellationToken);
        if (macro is null || ticket is null)
        {
            return TypedResults.NotFound();
        }
        var message = macro.ApplyTo(ticket, services.Agent, services.Time.GetUtcNow(), await services.Sla.LoadAsync(cancellationToken));
        await services.SaveAsync(ticket, cancellationToken);
        return TypedResults.Created($"/api/v1/tickets/{id}/messages/{message.Id}", MessageResponse.From(message));
    }
}
