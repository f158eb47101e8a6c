using CxPlatform.Care.Domain.Playbooks;
using CxPlatform.ServiceDefaults.Api;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.ServiceDefaults.Domain;
using CxPlatform.ServiceDefaults.Errors;
using CxPlatform.ServiceDefaults.Idempotency;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Care.Apis;

/// <summary>Playbooks: care agents read them, admins define them. The defaults are installed on a tenant's first use.</summary>
public static class PlaybooksApi
{
    public static IEndpointRouteBuilder MapPlaybooksApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/v1/playbooks").WithTags("Playbooks").RequireAuthorization(CxPolicies.Care);

        api.MapGet("/", ListPlaybooks).WithName("ListPlaybooks").WithSummary("The tenant's playbooks, oldest first; optionally of one trigger");
        api.MapGet("/{id:guid}", GetPlaybook).WithName("GetPlaybook").WithSummary("Get a playbook");
        api.MapPost("/", CreatePlaybook).RequireAuthorization(CxPolicies.Admin).WithIdempotency()
            .WithName("CreatePlaybook").WithSummary("Define a playbook: trigger, conditions, action, templates, due time, team");
        api.MapPut("/{id:guid}", ReplacePlaybook).RequireAuthorization(CxPolicies.Admin)
            .WithName("ReplacePlaybook").WithSummary("Redefine a playbook (If-Match); tasks it already created keep their text and times");
        api.MapPost("/{id:guid}/enable", EnablePlaybook).RequireAuthorization(CxPolicies.Admin)
            .WithName("EnablePlaybook").WithSummary("Let the playbook create tasks again (If-Match)");
        api.MapPost("/{id:guid}/disable", DisablePlaybook).RequireAuthorization(CxPolicies.Admin)
            .WithName("DisablePlaybook").WithSummary("Stop the playbook from creating tasks (If-Match)");
        api.MapDelete("/{id:guid}", DeletePlaybook).RequireAuthorization(CxPolicies.Admin)
            .WithName("DeletePlaybook").WithSummary("Delete a playbook (If-Match); its tasks stay");
        return app;
    }

    public static async Task<Ok<List<PlaybookResponse>>> ListPlaybooks(
        [AsParameters] PlaybookServices services, [ValueSet(typeof(PlaybookTriggers))] string? trigger, CancellationToken cancellationToken)
    {
        await services.Installer.EnsureInstalledAndSavedAsync(cancellationToken);
        var query = services.Db.Playbooks.AsNoTracking();
        if (trigger is not null)
        {
            query = query.Where(p => p.Trigger == trigger);
        }
        var playbooks = await query.OrderBy(p => p.CreatedAt).ThenBy(p => p.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(playbooks.Select(PlaybookResponse.From).ToList());
    }

    public static async Task<Results<Ok<PlaybookResponse>, NotFound>> GetPlaybook(
        Guid id, [AsParameters] PlaybookServices services, CancellationToken cancellationToken)
    {
        await services.Installer.EnsureInstalledAndSavedAsync(cancellationToken);
        var playbook = await services.Db.Playbooks.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        return playbook is null ? TypedResults.NotFound() : TypedResults.Ok(services.Answer(playbook));
    }

    public static async Task<Created<PlaybookResponse>> CreatePlaybook(
        PlaybookRequest request, [AsParameters] PlaybookServices services, CancellationToken cancellationToken)
    {
        var definition = await DefinitionAsync(request, services, cancellationToken);
        if (await services.Db.Playbooks.CountAsync(cancellationToken) >= PlaybookLimits.MaxPlaybooksPerTenant)
        {
            throw new DomainRuleViolationException(
                "playbook.limit_reached", $"A tenant has at most {PlaybookLimits.MaxPlaybooksPerTenant} playbooks; delete one first.");
        }
        var playbook = Playbook.Create(services.Tenant.RequiredTenantId, definition, request.Enabled, services.Now);
        services.Db.Playbooks.Add(playbook);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/playbooks/{playbook.Id}", services.Answer(playbook));
    }

    /// <remarks>The whole playbook is replaced, including <c>enabled</c>. With <c>If-Match</c>, a stale copy is refused with 412.</remarks>
    public static async Task<Results<Ok<PlaybookResponse>, NotFound>> ReplacePlaybook(
        Guid id, PlaybookRequest request, [AsParameters] PlaybookServices services, CancellationToken cancellationToken)
    {
        var definition = await DefinitionAsync(request, services, cancellationToken);
        if (await services.FindForChangeAsync(id, cancellationToken) is not { } playbook)
        {
            return TypedResults.NotFound();
        }
        playbook.Redefine(definition, services.Now);
        if (request.Enabled)
        {
            playbook.Enable(services.Now);
        }
        else
        {
            playbook.Disable(services.Now);
        }
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(services.Answer(playbook));
    }

    public static Task<Results<Ok<PlaybookResponse>, NotFound>> EnablePlaybook(
        Guid id, [AsParameters] PlaybookServices services, CancellationToken cancellationToken) =>
        ChangeAsync(id, services, playbook => playbook.Enable(services.Now), cancellationToken);

    public static Task<Results<Ok<PlaybookResponse>, NotFound>> DisablePlaybook(
        Guid id, [AsParameters] PlaybookServices services, CancellationToken cancellationToken) =>
        ChangeAsync(id, services, playbook => playbook.Disable(services.Now), cancellationToken);

    public static async Task<Results<NoContent, NotFound>> DeletePlaybook(
        Guid id, [AsParameters] PlaybookServices services, CancellationToken cancellationToken)
    {
        if (await services.FindForChangeAsync(id, cancellationToken) is not { } playbook)
        {
            return TypedResults.NotFound();
        }
        services.Db.Playbooks.Remove(playbook);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<PlaybookResponse>, NotFound>> ChangeAsync(
        Guid id, PlaybookServices services, Action<Playbook> change, CancellationToken cancellationToken)
    {
        if (await services.FindForChangeAsync(id, cancellationToken) is not { } playbook)
        {
            return TypedResults.NotFound();
        }
        change(playbook);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(services.Answer(playbook));
    }

    /// <summary>The request's definition once the tenant's care settings know its team (installing the defaults on first use).</summary>
    private static async Task<PlaybookDefinition> DefinitionAsync(PlaybookRequest request, PlaybookServices services, CancellationToken cancellationToken)
    {
        var settings = await services.Installer.EnsureInstalledAndSavedAsync(cancellationToken);
        return settings.HasTeam(request.Team)
            ? request.ToDefinition()
            : throw new InvalidRequestException(nameof(request.Team), $"'{request.Team}' is not a team of the care settings ({string.Join(", ", settings.Teams)}).");
    }
}
