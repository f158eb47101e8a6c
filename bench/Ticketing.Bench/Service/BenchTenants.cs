namespace CxPlatform.Bench.Ticketing.Service;

/// <summary>One tenant per workload, so the API's per-tenant ticket numbers and the raw inserts never meet.</summary>
public static class BenchTenants
{
    /// <summary>The API's creates go to <c>bench-api-1</c> … <c>bench-api-N</c> (<c>--tenants</c>).</summary>
    public const string ApiCreatesPrefix = "bench-api-";
    public const string RawInserts = "bench-raw";
    public const string Queues = "bench-queues";

    public static string ApiCreates(int client, int tenants) => $"{ApiCreatesPrefix}{(client % tenants) + 1}";
}
