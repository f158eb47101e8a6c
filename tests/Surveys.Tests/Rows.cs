using CxPlatform.Testing;

namespace CxPlatform.Surveys.Tests;

/// <summary>What Surveys wrote for one tenant, straight from its database.</summary>
internal static class Rows
{
    public static Task<long> SurveysAsync(SurveysApiFactory factory, string tenant) =>
        Sql.CountAsync(factory.DatabaseConnectionString, "surveys", $"\"TenantId\" = '{tenant}'");

    public static Task<long> InvitationsAsync(SurveysApiFactory factory, string tenant) =>
        Sql.CountAsync(factory.DatabaseConnectionString, "survey_invitations", $"\"TenantId\" = '{tenant}'");

    public static Task<long> ResponsesAsync(SurveysApiFactory factory, string tenant) =>
        Sql.CountAsync(factory.DatabaseConnectionString, "survey_responses", $"\"TenantId\" = '{tenant}'");

    public static Task<long> OutboxAsync(SurveysApiFactory factory, string tenant) =>
        Sql.CountAsync(factory.DatabaseConnectionString, "outbox_messages", $"tenant_id = '{tenant}'");

    /// <summary>The invitation's row as one comparable string: status, opening and answer times, and its row version.</summary>
    public static Task<string> InvitationStateAsync(SurveysApiFactory factory, Guid invitationId) =>
        Sql.ScalarAsync<string>(factory.DatabaseConnectionString,
            $"SELECT concat_ws('|', \"Status\", \"OpenedAt\", \"AnsweredAt\", xmin) FROM survey_invitations WHERE \"Id\" = '{invitationId}'");

    public static Task<string> ResponseStateAsync(SurveysApiFactory factory, Guid invitationId) =>
        Sql.ScalarAsync<string>(factory.DatabaseConnectionString,
            $"SELECT coalesce((SELECT concat_ws('|', \"Id\", \"Answers\"::text, \"CompletedAt\", xmin) FROM survey_responses WHERE \"InvitationId\" = '{invitationId}'), 'none')");
}
