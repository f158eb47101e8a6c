namespace CxPlatform.Surveys.Scoring;

/// <summary>The 95% interval estimators the score formulas use.</summary>
public static class Intervals
{
    public const double Level = 0.95;

    /// <summary>The standard normal quantile for a two-sided 95% interval.</summary>
    public const double Z = 1.959963984540054;

    // Two-sided 95% Student-t quantiles by degrees of freedom; between table rows the lower row (the wider interval) is used.
    private static readonly double[] SmallDf =
    [
        12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.3060, 2.2622, 2.2281,
        2.2010, 2.1788, 2.1604, 2.1448, 2.1314, 2.1199, 2.1098, 2.1009, 2.0930, 2.0860,
        2.0796, 2.0739, 2.0687, 2.0639, 2.0595, 2.0555, 2.0518, 2.0484, 2.0452, 2.0423,
    ];

    public static double StudentT(int degreesOfFreedom) => degreesOfFreedom switch
    {
        < 1 => throw new ArgumentOutOfRangeException(nameof(degreesOfFreedom)),
        <= 30 => SmallDf[degreesOfFreedom - 1],
        < 60 => 2.0211,
        < 120 => 2.0003,
        < 1000 => 1.9799,
        _ => Z,
    };

    /// <summary>Wilson score interval for a proportion of <paramref name="successes"/> in <paramref name="total"/>, in percent.</summary>
    public static ConfidenceInterval WilsonPercent(int successes, int total)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(total, 1);
        var p = (double)successes / total;
        var z2 = Z * Z;
        var denominator = 1 + z2 / total;
        var centre = (p + z2 / (2.0 * total)) / denominator;
        var halfWidth = Z * Math.Sqrt(p * (1 - p) / total + z2 / (4.0 * total * total)) / denominator;
        return new ConfidenceInterval(100 * Math.Max(0, centre - halfWidth), 100 * Math.Min(1, centre + halfWidth), Level);
    }
}
