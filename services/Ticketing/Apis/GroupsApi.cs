using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Ticketing.Domain;
using CxPlatform.Ticketing.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Ticketing.Apis;

/// <summary>Groups (teams) of agents and how each hands out tickets; admins manage them, agents set their own availability.</summary>
public static class GroupsApi
{
    public static IEndpointRouteBuilder MapGroupsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/v1/groups").WithTags("Groups").RequireAuthorization(CxPolicies.Agent);

        api.MapPost("/", CreateGroup).WithName("CreateGroup").RequireAuthorization(CxPolicies.Admin);
        api.MapGet("/", ListGroups).WithName("ListGroups");
        api.MapGet("/{id:guid}", GetGroup).WithName("GetGroup");
        api.MapPut("/{id:guid}", ChangeGroup).WithName("ChangeGroup").RequireAuthorization(CxPolicies.Admin);
        api.MapPut("/{id:guid}/members/{agentId}", SetMember).WithName("SetGroupMember")
            .WithSummary("Add an agent or set their availability (admins for anyone, agents for themselves)");
        api.MapDelete("/{id:guid}/members/{agentId}", RemoveMember).WithName("RemoveGroupMember").RequireAuthorization(CxPolicies.Admin);
        return app;
    }

    public static async Task<Created<GroupResponse>> CreateGroup(
        GroupRequest request, TicketingDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var group = new Group("", request.Name.Trim(), request.AssignmentMode ?? AssignmentModes.Manual, time.GetUtcNow());
        db.Groups.Add(group);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/groups/{group.Id}", GroupResponse.From(group));
    }

    public static async Task<Ok<List<GroupResponse>>> ListGroups(TicketingDbContext db, CancellationToken cancellationToken)
    {
        var groups = await db.Groups.AsNoTracking().Include(g => g.Members).OrderBy(g => g.Name).ToListAsync(cancellationToken);
        return TypedResults.Ok(groups.Select(GroupResponse.From).ToList());
    }

    public static async Task<Results<Ok<GroupResponse>, NotFound>> GetGroup(Guid id, TicketingDbContext db, CancellationToken cancellationToken)
    {
        var group = await db.Groups.AsNoTracking().Include(g => g.Members).SingleOrDefaultAsync(g => g.Id == id, cancellationToken);
        return group is null ? TypedResults.NotFound() : TypedResults.Ok(GroupResponse.From(group));
    }

    public static async Task<Results<Ok<GroupResponse>, NotFound>> ChangeGroup(
        Guid id, GroupRequest request, TicketingDbContext db, CancellationToken cancellationToken)
    {
        var group = await db.Groups.Include(g => g.Members).SingleOrDefaultAsync(g => g.Id == id, cancellationToken);
        if (group is null)
        {
            return TypedResults.NotFound();
        }
        group.Rename(request.Name.Trim(), request.AssignmentMode ?? group.AssignmentMode);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(GroupResponse.From(group));
    }

    public static async Task<Results<Ok<GroupResponse>, NotFound, ForbidHttpResult>> SetMember(
        Guid id, [StringLength(200)] string agentId, GroupMemberRequest request, ClaimsPrincipal user, TicketingDbContext db, CancellationToken cancellationToken)
    {
        var group = await db.Groups.Include(g => g.Members).SingleOrDefaultAsync(g => g.Id == id, cancellationToken);
        if (group is null)
        {
            return TypedResults.NotFound();
        }
        var isSelf = user.FindFirstValue(CxClaimTypes.Subject) == agentId && group.HasMember(agentId);
        if (!user.IsInRole(CxRoles.Admin) && !isSelf)
        {
            return TypedResults.Forbid();
        }
        group.SetMember(agentId, request.Available);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(GroupResponse.From(group));
    }

    public static async Task<Results<NoContent, NotFound>> RemoveMember(Guid id, string agentId, TicketingDbContext db, CancellationToken cancellationToken)
    {
        var group = await db.Groups.Include(g => g.Members).SingleOrDefaultAsync(g => g.Id == id, cancellationToken);
        if (group is null || !group.RemoveMember(agentId))
        {
            return TypedResults.NotFound();
        }
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
