using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Ticketing.Domain;
using CxPlatform.Ticketing.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Ticketing.Apis;

/// <summary>The tenant's typed ticket fields. A field's type never changes once defined: values already stored depend on it.</summary>
public static class CustomFieldsApi
{
    public static IEndpointRouteBuilder MapCustomFieldsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/v1/custom-fields").WithTags("Custom fields").RequireAuthorization(CxPolicies.Agent);

        api.MapPost("/", CreateField).WithName("CreateCustomField").RequireAuthorization(CxPolicies.Admin);
        api.MapGet("/", ListFields).WithName("ListCustomFields");
        return app;
    }

    public static async Task<Created<CustomFieldResponse>> CreateField(
        CustomFieldRequest request, TicketingDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var field = new CustomFieldDefinition("", request.Key, request.Label.Trim(), request.Type, request.Options ?? [], time.GetUtcNow());
        db.CustomFieldDefinitions.Add(field);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/custom-fields/{field.Id}", CustomFieldResponse.From(field));
    }

    public static async Task<Ok<List<CustomFieldResponse>>> ListFields(TicketingDbContext db, CancellationToken cancellationToken)
    {
        var fields = await db.CustomFieldDefinitions.AsNoTracking().OrderBy(f => f.Key).ToListAsync(cancellationToken);
        return TypedResults.Ok(fields.Select(CustomFieldResponse.From).ToList());
    }
}
