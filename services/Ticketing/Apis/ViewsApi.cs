using System.ComponentModel.DataAnnotations;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Ticketing.Queues;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Ticketing.Apis;

/// <summary>Saved work queues per agent: a name for a filter, and its tickets one page at a time.</summary>
public static class ViewsApi
{
    public static IEndpointRouteBuilder MapViewsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/v1/views").WithTags("Views").RequireAuthorization(CxPolicies.Agent);

        api.MapPost("/", CreateView).WithName("CreateView").WithSummary("Save a work queue for yourself");
        api.MapGet("/", ListViews).WithName("ListViews").WithSummary("Your saved work queues");
        api.MapGet("/{id:guid}/tickets", ListViewTickets).WithName("ListViewTickets").WithSummary("The tickets of a saved work queue");
        api.MapDelete("/{id:guid}", DeleteView).WithName("DeleteView");
        return app;
    }

    public static async Task<Created<SavedViewResponse>> CreateView(
        SavedViewRequest request, [AsParameters] TicketServices services, CancellationToken cancellationToken)
    {
        var view = new SavedView(services.Agent.AuditName, request.Name.Trim(), request.Filter, services.Time.GetUtcNow());
        services.Db.SavedViews.Add(view);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/views/{view.Id}", SavedViewResponse.From(view));
    }

    public static async Task<Ok<List<SavedViewResponse>>> ListViews([AsParameters] TicketServices services, CancellationToken cancellationToken)
    {
        var owner = services.Agent.AuditName;
        var views = await services.Db.SavedViews.AsNoTracking().Where(v => v.OwnerId == owner).OrderBy(v => v.Name).ToListAsync(cancellationToken);
        return TypedResults.Ok(views.Select(SavedViewResponse.From).ToList());
    }

    public static async Task<Results<Ok<TicketPage>, NotFound>> ListViewTickets(
        Guid id, [AsParameters] TicketServices services, TicketQueue queue, [Range(1, TicketsApi.MaxPageSize)] int? limit, string? cursor,
        CancellationToken cancellationToken)
    {
        var owner = services.Agent.AuditName;
        var view = await services.Db.SavedViews.AsNoTracking().SingleOrDefaultAsync(v => v.Id == id && v.OwnerId == owner, cancellationToken);
        if (view is null)
        {
            return TypedResults.NotFound();
        }
        var (tickets, next) = await queue.ListAsync(view.Filter, owner, cursor, limit ?? TicketQueue.DefaultPageSize, cancellationToken);
        return TypedResults.Ok(new TicketPage(await services.ResponsesAsync(tickets, cancellationToken), next));
    }

    public static async Task<Results<NoContent, NotFound>> DeleteView(Guid id, [AsParameters] TicketServices services, CancellationToken cancellationToken)
    {
        var owner = services.Agent.AuditName;
        var deleted = await services.Db.SavedViews.Where(v => v.Id == id && v.OwnerId == owner).ExecuteDeleteAsync(cancellationToken);
        return deleted == 0 ? TypedResults.NotFound() : TypedResults.NoContent();
    }
}
