using CxPlatform.Bench.Ticketing.Load;

namespace CxPlatform.Bench.Ticketing.Creation;

/// <param name="PublishedWithinSeconds">The longest time, over the API rounds, from the last response until the dispatcher had published every event.</param>
public sealed record CreationResult(
    int WarmUp,
    int Rounds,
    int Tenants,
    bool IdempotencyKeys,
    LoadResult Api,
    LoadResult Raw,
    SessionWaits ApiSessions,
    SessionWaits RawSessions,
    double? PublishedWithinSeconds,
    RowsPerCreate ApiRows)
{
    public const double RatioTarget = 0.5;
    public const double P99TargetMs = 25;

    /// <summary>API creates per second over raw inserts per second.</summary>
    public double Ratio => Raw.PerSecond > 0 ? Math.Round(Api.PerSecond / Raw.PerSecond, 3) : 0;

    public bool RatioMet => Api.Errors == 0 && Ratio >= RatioTarget;

    public bool P99Met => Api.Errors == 0 && Api.Latency.P99 < P99TargetMs;
}
