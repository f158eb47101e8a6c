using CxPlatform.Testing;

namespace CxPlatform.Insights.Tests;

/// <summary>What Insights wrote for one tenant, straight from its database.</summary>
internal static class Rows
{
    public static Task<long> TouchpointsAsync(InsightsApiFactory factory, string tenant, string where = "true") =>
        Sql.CountAsync(factory.DatabaseConnectionString, "touchpoints", $"\"TenantId\" = '{tenant}' AND ({where})");

    public static Task<long> OutboxAsync(InsightsApiFactory factory, string tenant) =>
        Sql.CountAsync(factory.DatabaseConnectionString, "outbox_messages", $"tenant_id = '{tenant}'");

    /// <summary>Which physical partition holds the touchpoint.</summary>
    public static Task<string> PartitionOfAsync(InsightsApiFactory factory, Guid touchpointId) =>
        Sql.ScalarAsync<string>(factory.DatabaseConnectionString, $"SELECT tableoid::regclass::text FROM touchpoints WHERE \"Id\" = '{touchpointId}'");
}
