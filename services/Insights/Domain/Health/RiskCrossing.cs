namespace CxPlatform.Insights.Domain.Health;

/// <summary>
/// The at-risk latch with hysteresis: a score below the threshold sets it (and that step is the one crossing that publishes
/// <c>CustomerAtRisk</c>); only a score at or above threshold + margin clears it again. An absent score changes nothing.
/// </summary>
public static class RiskCrossing
{
    public static (bool BelowThreshold, bool Crossed) Next(bool belowThreshold, double? score, double threshold, double rearmMargin) =>
        score switch
        {
            null => (belowThreshold, false),
            { } s when !belowThreshold && s < threshold => (true, true),
            { } s when belowThreshold && s >= threshold + rearmMargin => (false, false),
            _ => (belowThreshold, false),
        };
}
