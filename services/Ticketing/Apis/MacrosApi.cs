using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Ticketing.Domain;
using CxPlatform.Ticketing.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Ticketing.Apis;

/// <summary>Canned replies; admins write them, agents list and apply them (<c>POST /api/v1/tickets/{id}/macros/{macroId}</c>).</summary>
public static class MacrosApi
{
    public static IEndpointRouteBuilder MapMacrosApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/v1/macros").WithTags("Macros").RequireAuthorization(CxPolicies.Agent);

        api.MapPost("/", CreateMacro).WithName("CreateMacro").RequireAuthorization(CxPolicies.Admin);
        api.MapGet("/", ListMacros).WithName("ListMacros");
        api.MapPut("/{id:guid}", ChangeMacro).WithName("ChangeMacro").RequireAuthorization(CxPolicies.Admin);
        api.MapDelete("/{id:guid}", DeleteMacro).WithName("DeleteMacro").RequireAuthorization(CxPolicies.Admin);
        return app;
    }

    public static async Task<Created<MacroResponse>> CreateMacro(
        MacroRequest request, TicketingDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var macro = new Macro("", request.ToDefinition(), time.GetUtcNow());
        db.Macros.Add(macro);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/macros/{macro.Id}", MacroResponse.From(macro));
    }

    public static async Task<Ok<List<MacroResponse>>> ListMacros(TicketingDbContext db, CancellationToken cancellationToken)
    {
        var macros = await db.Macros.AsNoTracking().OrderBy(m => m.Name).ToListAsync(cancellationToken);
        return TypedResults.Ok(macros.Select(MacroResponse.From).ToList());
    }

    public static async Task<Results<Ok<MacroResponse>, NotFound>> ChangeMacro(
        Guid id, MacroRequest request, TicketingDbContext db, CancellationToken cancellationToken)
    {
        var macro = await db.Macros.SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (macro is null)
        {
            return TypedResults.NotFound();
        }
        macro.Redefine(request.ToDefinition());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(MacroResponse.From(macro));
    }

    public static async Task<Results<NoContent, NotFound>> DeleteMacro(Guid id, TicketingDbContext db, CancellationToken cancellationToken) =>
        await db.Macros.Where(m => m.Id == id).ExecuteDeleteAsync(cancellationToken) == 0 ? TypedResults.NotFound() : TypedResults.NoContent();
}
