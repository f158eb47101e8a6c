using CxPlatform.Bench.Common.Reporting;

namespace CxPlatform.Bench.Surveys.Burst;

/// <summary>
/// A burst of <see cref="Events"/> TicketSolved events, timed from the first publish: when all were published, all planned, the
/// first and the last invitation existed; and how many of the burst's e-mails the mail server had by then. Null times were not reached before the run gave up waiting.
/// </summary>
public sealed record BurstResult(
    int Events,
    int WarmUpEvents,
    double RecheckSeconds,
    double PublishedSeconds,
    double? AllPlannedSeconds,
    double? FirstInvitationSeconds,
    double? AllInvitationsSeconds,
    long Invitations,
    IReadOnlyDictionary<string, long> PlannedStatuses,
    long EmailsDelivered,
    CpuUse? Cpu,
    double RawSeconds,
    CpuUse? RawCpu)
{
    /// <summary>The figure: invitations per second from the first publish until the last invitation existed.</summary>
    public double? PerSecond => AllInvitationsSeconds is { } seconds && seconds > 0 ? Math.Round(Events / seconds, 1) : null;

    /// <summary>From the first invitation to the last: the issuing itself, without the wait for the scheduler to wake up.</summary>
    public double? IssuingPerSecond => AllInvitationsSeconds is { } last && FirstInvitationSeconds is { } first && last > first
        ? Math.Round(Events / (last - first), 1)
        : null;

    public double RawPerSecond => RawSeconds > 0 ? Math.Round(Events / RawSeconds, 1) : 0;

    public double? Ratio => PerSecond is { } perSecond && RawPerSecond > 0 ? Math.Round(perSecond / RawPerSecond, 3) : null;
}
