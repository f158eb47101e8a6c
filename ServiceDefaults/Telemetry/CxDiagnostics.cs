using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CxPlatform.ServiceDefaults.Telemetry;

/// <summary>The platform's own activity source and meter (outbox, inbox, schedulers).</summary>
public static class CxDiagnostics
{
    public const string ActivitySourceName = "CxPlatform";
    public const string MeterName = "CxPlatform";

    public static readonly ActivitySource ActivitySource = new(ActivitySourceName);
    public static readonly Meter Meter = new(MeterName);
}
