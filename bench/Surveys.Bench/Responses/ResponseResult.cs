using CxPlatform.Bench.Common.Load;

namespace CxPlatform.Bench.Surveys.Responses;

/// <summary>Public response submission through <c>POST /s/{token}/answers</c> beside raw INSERTs of the same rows, both at one rate.</summary>
public sealed record ResponseResult(int Rate, int Seconds, int WarmUp, RateRunResult Api, RateRunResult Raw)
{
    public const double P99TargetMs = 20;

    public bool P99Met => Api.Errors == 0 && Api.Latency.P99 < P99TargetMs;
}
