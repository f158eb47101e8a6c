using CxPlatform.Bench.Common.Load;

namespace CxPlatform.Bench.CareOutreach.Policy;

/// <summary>GetContactPolicy over gRPC beside the raw batch of the same rows, both at one rate; the answer the calls got.</summary>
public sealed record PolicyResult(int Rate, int WarmUp, RateRunResult Grpc, RateRunResult Raw, int Allowed)
{
    public const double P99TargetMs = 5;

    public bool P99Met => Grpc.Errors == 0 && Grpc.Latency.P99 < P99TargetMs;
}
