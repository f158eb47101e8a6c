namespace CxPlatform.Bench.Ticketing.Creation;

/// <summary>
/// The database's client sessions during a run, averaged over samples of <c>pg_stat_activity</c>: how many were executing a
/// statement, and what those were doing (running; waiting for a row lock another transaction holds; for an internal lock
/// such as the WAL's; for I/O such as the WAL flush at commit; anything else), and how many sat in an open transaction
/// waiting for the application's next statement.
/// </summary>
public sealed record SessionWaits(
    int Samples, double Active, double Running, double Lock, double LWLock, double IO, double Other, double IdleInTransaction)
{
    /// <summary>Several runs' samples taken together.</summary>
    public static SessionWaits Of(IReadOnlyCollection<SessionWaits> runs)
    {
        var samples = runs.Sum(r => r.Samples);
        double Average(Func<SessionWaits, double> value) =>
            samples == 0 ? 0 : Math.Round(runs.Sum(r => value(r) * r.Samples) / samples, 2);
        return new SessionWaits(
            samples, Average(r => r.Active), Average(r => r.Running), Average(r => r.Lock), Average(r => r.LWLock), Average(r => r.IO),
            Average(r => r.Other), Average(r => r.IdleInTransaction));
    }
}
