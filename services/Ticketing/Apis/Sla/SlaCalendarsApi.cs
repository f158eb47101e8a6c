using CxPlatform.ServiceDefaults.Api;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Ticketing.Domain.Sla;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Ticketing.Apis.Sla;

public static class SlaCalendarsApi
{
    public static IEndpointRouteBuilder MapSlaCalendarsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/v1/sla/calendars").WithTags("SLA").RequireAuthorization(CxPolicies.Agent);

        api.MapGet("/", ListCalendars).WithName("ListSlaCalendars").WithSummary("List the business-hours calendars");
        api.MapGet("/{id:guid}", GetCalendar).WithName("GetSlaCalendar").WithSummary("Get a business-hours calendar");
        api.MapPost("/", CreateCalendar).RequireAuthorization(CxPolicies.Admin)
            .WithName("CreateSlaCalendar").WithSummary("Define business hours: a time zone, weekly working intervals and holidays");
        api.MapPut("/{id:guid}", UpdateCalendar).RequireAuthorization(CxPolicies.Admin)
            .WithName("UpdateSlaCalendar").WithSummary("Redefine a calendar; running targets use it from their next change");
        api.MapDelete("/{id:guid}", DeleteCalendar).RequireAuthorization(CxPolicies.Admin)
            .WithName("DeleteSlaCalendar").WithSummary("Delete a calendar no policy uses");
        return app;
    }

    public static async Task<Ok<List<SlaCalendarResponse>>> ListCalendars([AsParameters] SlaServices services, CancellationToken cancellationToken)
    {
        var calendars = await services.Db.SlaCalendars.AsNoTracking().OrderBy(c => c.Name).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(calendars.Select(SlaCalendarResponse.From).ToList());
    }

    public static async Task<Results<Ok<SlaCalendarResponse>, NotFound>> GetCalendar(
        Guid id, HttpResponse response, [AsParameters] SlaServices services, CancellationToken cancellationToken)
    {
        var calendar = await services.Db.SlaCalendars.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (calendar is null)
        {
            return TypedResults.NotFound();
        }
        ETags.Set(response, calendar.Version);
        return TypedResults.Ok(SlaCalendarResponse.From(calendar));
    }

    public static async Task<Created<SlaCalendarResponse>> CreateCalendar(
        SlaCalendarRequest request, HttpResponse response, [AsParameters] SlaServices services, CancellationToken cancellationToken)
    {
        SlaRules.EnsureRoomForCalendar(await services.Db.SlaCalendars.CountAsync(cancellationToken));
        var calendar = SlaCalendar.Create(services.Tenant.RequiredTenantId, request.ToDefinition(), services.Time.GetUtcNow());
        services.Db.SlaCalendars.Add(calendar);
        await services.Db.SaveChangesAsync(cancellationToken);
        ETags.Set(response, calendar.Version);
        return TypedResults.Created($"/api/v1/sla/calendars/{calendar.Id}", SlaCalendarResponse.From(calendar));
    }

    /// <remarks>With <c>If-Match</c> (the ETag of a GET), a change based on a stale copy is refused with 412.</remarks>
    public static async Task<Results<Ok<SlaCalendarResponse>, NotFound, ValidationProblem>> UpdateCalendar(
        Guid id, SlaCalendarRequest request, HttpContext http, [AsParameters] SlaServices services, CancellationToken cancellationToken)
    {
        if (!ETags.TryReadIfMatch(http.Request, out var expectedVersion))
        {
            return IfMatchProblem();
        }
        var calendar = await services.Db.SlaCalendars.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (calendar is null)
        {
            return TypedResults.NotFound();
        }
        if (expectedVersion is not null)
        {
            services.Db.Entry(calendar).Property(c => c.Version).OriginalValue = expectedVersion.Value;
        }
        calendar.Redefine(request.ToDefinition(), services.Time.GetUtcNow());
        await services.Db.SaveChangesAsync(cancellationToken);
        ETags.Set(http.Response, calendar.Version);
        return TypedResults.Ok(SlaCalendarResponse.From(calendar));
    }

    public static async Task<Results<NoContent, NotFound, ValidationProblem>> DeleteCalendar(
        Guid id, HttpRequest request, [AsParameters] SlaServices services, CancellationToken cancellationToken)
    {
        if (!ETags.TryReadIfMatch(request, out var expectedVersion))
        {
            return IfMatchProblem();
        }
        var calendar = await services.Db.SlaCalendars.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (calendar is null)
        {
            return TypedResults.NotFound();
        }
        SlaRules.EnsureCalendarUnused(
            await services.Db.SlaPolicies.Where(p => p.CalendarId == id).Select(p => p.Name).ToListAsync(cancellationToken));
        if (expectedVersion is not null)
        {
            services.Db.Entry(calendar).Property(c => c.Version).OriginalValue = expectedVersion.Value;
        }
        services.Db.SlaCalendars.Remove(calendar);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static ValidationProblem IfMatchProblem() =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["If-Match"] = ["Send the ETag of the calendar as returned by GET."] });
}
