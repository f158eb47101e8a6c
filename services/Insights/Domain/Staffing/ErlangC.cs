namespace CxPlatform.Insights.Domain.Staffing;

/// <summary>
/// Erlang C (M/M/c: Poisson arrivals, exponential handle times, callers wait and never abandon) for staffing a queue: the
/// probability of waiting, the service level, the average speed of answer and the agents needed for a target service level.
/// Erlang B is computed by its recurrence and turned into Erlang C, so large loads neither overflow nor lose precision.
/// </summary>
public static class ErlangC
{
    /// <summary>The largest number of agents <see cref="AgentsNeeded"/> tries before giving up.</summary>
    public const int MaxAgents = 10_000;

    /// <summary>Offered load in Erlangs: arrivals per hour × average handle time in hours.</summary>
    public static double TrafficIntensity(double arrivalsPerHour, TimeSpan averageHandleTime)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(arrivalsPerHour);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(averageHandleTime, TimeSpan.Zero);
        return arrivalsPerHour * averageHandleTime.TotalHours;
    }

    /// <summary>The probability that an arrival waits (Erlang C); 1 when the agents cannot keep up (agents ≤ load).</summary>
    public static double ProbabilityOfWaiting(double trafficErlangs, int agents)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(trafficErlangs);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(agents);
        if (agents <= trafficErlangs)
        {
            return 1;
        }
        var erlangB = 1.0;
        for (var k = 1; k <= agents; k++)
        {
            erlangB = trafficErlangs * erlangB / (k + trafficErlangs * erlangB);
        }
        return agents * erlangB / (agents - trafficErlangs * (1 - erlangB));
    }

    /// <summary>The share of arrivals answered within <paramref name="answerWithin"/>: 1 − P(wait) · e^(−(N − A) · t / AHT).</summary>
    public static double ServiceLevel(double arrivalsPerHour, TimeSpan averageHandleTime, int agents, TimeSpan answerWithin)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(answerWithin, TimeSpan.Zero);
        var load = TrafficIntensity(arrivalsPerHour, averageHandleTime);
        if (agents <= load)
        {
            return 0;
        }
        return 1 - ProbabilityOfWaiting(load, agents) * Math.Exp(-(agents - load) * answerWithin.TotalSeconds / averageHandleTime.TotalSeconds);
    }

    /// <summary>The average speed of answer: P(wait) · AHT / (N − A); infinite when the agents cannot keep up.</summary>
    public static TimeSpan AverageSpeedOfAnswer(double arrivalsPerHour, TimeSpan averageHandleTime, int agents)
    {
        var load = TrafficIntensity(arrivalsPerHour, averageHandleTime);
        return agents <= load
            ? TimeSpan.MaxValue
            : TimeSpan.FromSeconds(ProbabilityOfWaiting(load, agents) * averageHandleTime.TotalSeconds / (agents - load));
    }

    /// <summary>
    /// The fewest agents answering at least <paramref name="targetServiceLevel"/> (0–1, e.g. 0.8) of arrivals within
    /// <paramref name="answerWithin"/> (e.g. 20 s); 0 without arrivals.
    /// </summary>
    public static int AgentsNeeded(double arrivalsPerHour, TimeSpan averageHandleTime, double targetServiceLevel, TimeSpan answerWithin)
    {
        if (double.IsNaN(targetServiceLevel) || targetServiceLevel is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(targetServiceLevel), targetServiceLevel, "The target service level is a share between 0 and 1, exclusive.");
        }
        var load = TrafficIntensity(arrivalsPerHour, averageHandleTime);
        if (load == 0)
        {
            return 0;
        }
        for (var agents = Math.Max(1, (int)Math.Floor(load) + 1); agents <= MaxAgents; agents++)
        {
            if (ServiceLevel(arrivalsPerHour, averageHandleTime, agents, answerWithin) >= targetServiceLevel)
            {
                return agents;
            }
        }
        throw new ArgumentOutOfRangeException(nameof(arrivalsPerHour), arrivalsPerHour, $"More than {MaxAgents} agents would be needed.");
    }
}
