using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CxPlatform.Delivery.Telemetry;

/// <summary>The delivery dispatcher's activity source and meter; <c>AddDelivery</c> registers both with OpenTelemetry.</summary>
public static class DeliveryDiagnostics
{
    public const string ActivitySourceName = "CxPlatform.Delivery";
    public const string MeterName = "CxPlatform.Delivery";
    public const string ChannelTag = "cxp.delivery.channel";

    internal static readonly ActivitySource ActivitySource = new(ActivitySourceName);
    internal static readonly Meter Meter = new(MeterName);

    internal static readonly Counter<long> Delivered =
        Meter.CreateCounter<long>("cxp.delivery.delivered", description: "Deliveries the receiver accepted");
    internal static readonly Counter<long> Failed =
        Meter.CreateCounter<long>("cxp.delivery.failed", description: "Deliveries given up: refused by the receiver, or out of attempts");
    internal static readonly Counter<long> Retried =
        Meter.CreateCounter<long>("cxp.delivery.retried", description: "Failed attempts scheduled to be tried again");
}
