using CxPlatform.ServiceDefaults.BusinessTime;
using System.Net.Http.Json;
using CxPlatform.Ticketing.Apis.Sla;

namespace CxPlatform.Ticketing.Tests.Sla;

internal static class SlaRequests
{
    public static object ZurichOffice(params string[] holidays) => new
    {
        name = "Zurich office",
        timeZone = "Europe/Zurich",
        workingHours = new[] { "monday", "tuesday", "wednesday", "thursday", "friday" }
            .Select(day => new { day, start = "09:00", end = "17:00" }),
        holidays,
    };

    public static object Policy(string name, object targets, object? conditions = null, Guid? calendarId = null, int? position = null) =>
        new { name, targets, conditions, calendarId, position };

    public static object Targets(int firstReply, int? nextReply = null, int? resolution = null) =>
        new (string Metric, int? Minutes)[] { ("first_reply", firstReply), ("next_reply", nextReply), ("resolution", resolution) }
            .Where(t => t.Minutes is not null)
            .Select(t => new { metric = t.Metric, minutes = t.Minutes });

    public static async Task<SlaCalendarResponse> CreateCalendarAsync(HttpClient admin, object calendar)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/sla/calendars", calendar);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<SlaCalendarResponse>())!;
    }

    public static async Task<SlaPolicyResponse> CreatePolicyAsync(HttpClient admin, object policy)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/sla/policies", policy);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<SlaPolicyResponse>())!;
    }
}
