using Microsoft.Extensions.Options;

namespace CxPlatform.Ticketing.Customers;

/// <summary>
/// Remembers for a while that CareOutreach failed, so that new tickets take the degraded path at once instead of each
/// waiting out a dead callee's deadline; the reconciler keeps calling and reports when it answers again.
/// </summary>
public sealed class CareOutreachAvailability(TimeProvider time, IOptions<CustomerResolutionOptions> options)
{
    private long _skipUntilUtcTicks;

    public bool IsPresumedDown => time.GetUtcNow().UtcTicks < Interlocked.Read(ref _skipUntilUtcTicks);

    public void ReportFailure() =>
        Interlocked.Exchange(ref _skipUntilUtcTicks, (time.GetUtcNow() + options.Value.PauseAfterFailure).UtcTicks);

    public void ReportSuccess() => Interlocked.Exchange(ref _skipUntilUtcTicks, 0);
}
