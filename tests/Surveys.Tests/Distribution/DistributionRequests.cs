using System.Net;
using System.Net.Http.Json;
using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Surveys.Apis;
using CxPlatform.Testing;

namespace CxPlatform.Surveys.Tests.Distribution;

/// <summary>Rules as an admin writes them, events as Ticketing and CareOutreach publish them, and what the planned invitations became.</summary>
internal static class DistributionRequests
{
    public static async Task<(HttpClient Admin, Guid SurveyId)> SurveyWithRuleAsync(DistributionFactory factory, string tenant, object rule)
    {
        var admin = factory.Client(tenant, CxRoles.Admin);
        var survey = await SurveyRequests.CreatePublishedAsync(admin, "csat", CsatDefinition());
        await SurveyRequests.ReadAsync<DistributionRuleDetails>(
            await admin.PostAsJsonAsync($"/api/v1/surveys/{survey.Id}/distribution-rules", rule), HttpStatusCode.Created);
        return (admin, survey.Id);
    }

    public static object CsatDefinition() => new
    {
        defaultLanguage = "en",
        title = SurveyRequests.Text("How did we do?"),
        mainQuestion = new { text = SurveyRequests.Text("How satisfied are you?") },
    };

    public static object TicketRule(int delayHours = 24, object? conditions = null, int? reminderAfterDays = null, int expiryDays = 7) =>
        new { trigger = "ticket_solved", conditions, delayHours, expiryDays, reminderAfterDays };

    public static TicketSolved Solved(string tenant, Guid? customerId, DateTimeOffset at, string type = TicketTypes.Question) =>
        new(tenant, Guid.NewGuid(), at, Guid.NewGuid(), 7, customerId, TicketChannels.Email, type, TicketPriorities.Normal, null, "agent-1",
            ["shipping"], at.AddDays(-1));

    public static OutreachCompleted Apology(string tenant, Guid customerId, DateTimeOffset at) =>
        new(tenant, Guid.NewGuid(), at, Guid.NewGuid(), customerId, OutreachKinds.Apology, ContactChannels.Phone, OutreachOutcomes.Reached,
            null, false, "agent-1", at.AddDays(1), null, null, null);

    public static async Task<List<PlannedInvitationDetails>> PlannedAsync(HttpClient admin, Guid surveyId, string? status = null) =>
        (await admin.GetFromJsonAsync<List<PlannedInvitationDetails>>(
            $"/api/v1/surveys/{surveyId}/planned-invitations{(status is null ? "" : $"?status={status}")}"))!;

    /// <summary>Waits until the planned invitations satisfy <paramref name="until"/> and answers them.</summary>
    public static Task<List<PlannedInvitationDetails>> PlannedWhenAsync(HttpClient admin, Guid surveyId, Func<List<PlannedInvitationDetails>, bool> until) =>
        Eventually.ReturnsAsync(() => PlannedAsync(admin, surveyId), until);
}
