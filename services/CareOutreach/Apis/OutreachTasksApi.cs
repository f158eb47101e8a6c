using System.Data;
using CxPlatform.Care.Domain.Outreach;
using CxPlatform.ServiceDefaults.Api;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using CxPlatform.Delivery.Extensions;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Care.Apis;

/// <summary>
/// Outreach tasks for care agents: queues sorted by due time, and the moves of a task's lifecycle. Every change accepts
/// <c>If-Match</c> (412 when stale); a move the lifecycle does not allow is a 409 naming the rule.
/// </summary>
public static class OutreachTasksApi
{
    public static IEndpointRouteBuilder MapOutreachTasksApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/v1/outreach-tasks").WithTags("Outreach tasks").RequireAuthorization(CxPolicies.Care);

        api.MapGet("/", ListTasks).WithName("ListOutreachTasks")
            .WithSummary("A queue of tasks, soonest due first: by status, team, assignee (me, unassigned), customer, due before");
        api.MapGet("/mine", ListMyTasks).WithName("ListMyOutreachTasks").WithSummary("The caller's open tasks, soonest due first");
        api.MapGet("/{id:guid}", GetTask).WithName("GetOutreachTask").WithSummary("Get an outreach task");
        api.MapPost("/{id:guid}/start", StartTask).WithName("StartOutreachTask")
            .WithSummary("Claim a due task and start working it (due → in_progress)");
        api.MapPost("/{id:guid}/complete", CompleteTask).WithName("CompleteOutreachTask")
            .WithSummary("Record how the outreach went (in_progress → done); publishes OutreachCompleted");
        api.MapPost("/{id:guid}/skip", SkipTask).WithName("SkipOutreachTask")
            .WithSummary("Skip a task that will not be worked, with a reason; publishes OutreachCompleted");
        api.MapPost("/{id:guid}/fail", FailTask).WithName("FailOutreachTask")
            .WithSummary("Record that the outreach could not be made, with a reason; publishes OutreachCompleted");
        api.MapPost("/{id:guid}/reassign", ReassignTask).WithName("ReassignOutreachTask")
            .WithSummary("Hand the task to another agent (or back to the queue) and/or team");
        return app;
    }

    public static async Task<Ok<OutreachTaskPage>> ListTasks(
        [AsParameters] OutreachTaskQuery query, [AsParameters] OutreachTaskServices services, CancellationToken cancellationToken)
    {
        query.EnsureValid();
        var tasks = services.Db.OutreachTasks.AsNoTracking();
        IReadOnlyList<string> statuses = query.Status is { Length: > 0 } wanted ? wanted : OutreachStatuses.Open;
        tasks = tasks.Where(t => statuses.Contains(t.Status));
        if (query.Team is not null)
        {
            tasks = tasks.Where(t => t.Team == query.Team);
        }
        tasks = query.Assignee switch
        {
            null => tasks,
            OutreachTaskQuery.Unassigned => tasks.Where(t => t.AssigneeId == null),
            OutreachTaskServices.Me => tasks.Where(t => t.AssigneeId == services.Agent),
            var agent => tasks.Where(t => t.AssigneeId == agent),
        };
        if (query.CustomerId is { } customerId)
        {
            tasks = tasks.Where(t => t.CustomerId == customerId);
        }
        if (query.Automated is { } automated)
        {
            tasks = tasks.Where(t => t.IsAutomated == automated);
        }
        if (query.DueBefore is { } dueBefore)
        {
            tasks = tasks.Where(t => t.DueAt < dueBefore);
        }
        if (query.Cursor is not null)
        {
            var after = InstantIdCursor.TryDecode(query.Cursor, out var cursor)
                ? cursor!
                : throw new InvalidRequestException("cursor", "Pass back a nextCursor this API returned.");
            tasks = tasks.Where(t => t.DueAt > after.At || (t.DueAt == after.At && t.Id > after.Id));
        }
        var pageSize = query.Limit ?? OutreachTaskQuery.DefaultPageSize;
        var page = await tasks.OrderBy(t => t.DueAt).ThenBy(t => t.Id).Take(pageSize + 1).ToListAsync(cancellationToken);
        var next = page.Count > pageSize ? new InstantIdCursor(page[pageSize - 1].DueAt, page[pageSize - 1].Id).Encode() : null;
        return TypedResults.Ok(new OutreachTaskPage(page.Take(pageSize).Select(OutreachTaskResponse.From).ToList(), next));
    }

    public static Task<Ok<OutreachTaskPage>> ListMyTasks(
        [AsParameters] OutreachTaskQuery query, [AsParameters] OutreachTaskServices services, CancellationToken cancellationToken) =>
        ListTasks(query with { Assignee = OutreachTaskServices.Me }, services, cancellationToken);

    /// <remarks>With the contact budget's decisions about it, and, for an automated message that was sent, its delivery.</remarks>
    public static async Task<Results<Ok<OutreachTaskResponse>, NotFound>> GetTask(
        Guid id, [AsParameters] OutreachTaskServices services, CancellationToken cancellationToken)
    {
        // One snapshot: the scheduler may send the message between the reads, and a sent task must not show "scheduled"
        // next to a delivered delivery.
        await using var snapshot = await services.Db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        if (await services.Db.OutreachTasks.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken) is not { } task)
        {
            return TypedResults.NotFound();
        }
        var decisions = await services.Db.ContactDecisions.AsNoTracking().Where(d => d.OutreachTaskId == id)
            .OrderBy(d => d.DecidedAt).ThenBy(d => d.Id).ToListAsync(cancellationToken);
        var delivery = await services.Db.Deliveries().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        return TypedResults.Ok(services.Answer(task) with
        {
            Delivery = delivery is null ? null : OutreachDeliveryResponse.From(delivery),
            ContactDecisions = [.. decisions.Select(ContactDecisionResponse.From)],
        });
    }

    public static Task<Results<Ok<OutreachTaskResponse>, NotFound>> StartTask(
        Guid id, [AsParameters] OutreachTaskServices services, CancellationToken cancellationToken) =>
        ChangeAsync(id, services, task => task.Start(services.Agent, services.Now), cancellationToken);

    public static Task<Results<Ok<OutreachTaskResponse>, NotFound>> CompleteTask(
        Guid id, CompleteOutreachRequest request, [AsParameters] OutreachTaskServices services, CancellationToken cancellationToken) =>
        ChangeAsync(
            id, services,
            task => task.Complete(request.Outcome, request.Sentiment, Trimmed(request.Notes), services.Agent, services.Now),
            cancellationToken);

    public static Task<Results<Ok<OutreachTaskResponse>, NotFound>> SkipTask(
        Guid id, OutreachReasonRequest request, [AsParameters] OutreachTaskServices services, CancellationToken cancellationToken) =>
        ChangeAsync(id, services, task => task.Skip(request.Reason.Trim(), services.Agent, services.Now), cancellationToken);

    public static Task<Results<Ok<OutreachTaskResponse>, NotFound>> FailTask(
        Guid id, OutreachReasonRequest request, [AsParameters] OutreachTaskServices services, CancellationToken cancellationToken) =>
        ChangeAsync(id, services, task => task.Fail(request.Reason.Trim(), services.Agent, services.Now), cancellationToken);

    public static async Task<Results<Ok<OutreachTaskResponse>, NotFound>> ReassignTask(
        Guid id, ReassignOutreachRequest request, [AsParameters] OutreachTaskServices services, CancellationToken cancellationToken)
    {
        if (request.Team is not null)
        {
            await services.EnsureKnownTeamAsync(request.Team, nameof(request.Team), cancellationToken);
        }
        var assignee = request.AssigneeId?.Trim() is OutreachTaskServices.Me ? services.Agent : request.AssigneeId?.Trim();
        return await ChangeAsync(id, services, task => task.Reassign(assignee, request.Team ?? task.Team, services.Now), cancellationToken);
    }

    private static async Task<Results<Ok<OutreachTaskResponse>, NotFound>> ChangeAsync(
        Guid id, OutreachTaskServices services, Action<OutreachTask> change, CancellationToken cancellationToken)
    {
        if (await services.FindForChangeAsync(id, cancellationToken) is not { } task)
        {
            return TypedResults.NotFound();
        }
        change(task);
        return TypedResults.Ok(await services.SaveAsync(task, cancellationToken));
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
