namespace CxPlatform.Ticketing.Apis.Sla;

public static class SlaApi
{
    /// <summary>Business-hours calendars and SLA policies: agents read them, admins define them.</summary>
    public static IEndpointRouteBuilder MapSlaApi(this IEndpointRouteBuilder app) => app.MapSlaCalendarsApi().MapSlaPoliciesApi();
}
