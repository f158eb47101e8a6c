namespace CxPlatform.Bench.Surveys.Service;

/// <summary>One tenant per workload, so the throttle, the scheduler's per-tenant batches and the row counts never meet.</summary>
public static class BenchTenants
{
    public const string WarmUp = "bench-warm-up";
    public const string Burst = "bench-burst";
    public const string RawInvitations = "bench-raw-invitations";
    public const string Responses = "bench-responses";
    public const string RawResponses = "bench-raw-responses";
}
