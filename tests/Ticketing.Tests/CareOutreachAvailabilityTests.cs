using CxPlatform.Ticketing.Customers;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CxPlatform.Ticketing.Tests;

public sealed class CareOutreachAvailabilityTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private readonly CareOutreachAvailability _availability;

    public CareOutreachAvailabilityTests() =>
        _availability = new(_time, Options.Create(new CustomerResolutionOptions { PauseAfterFailure = TimeSpan.FromSeconds(30) }));

    [Fact]
    public void After_a_failure_new_tickets_skip_CareOutreach_until_the_pause_is_over()
    {
        Assert.False(_availability.IsPresumedDown);

        _availability.ReportFailure();
        _time.Advance(TimeSpan.FromSeconds(29));
        var duringPause = _availability.IsPresumedDown;
        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.True(duringPause);
        Assert.False(_availability.IsPresumedDown);
    }

    [Fact]
    public void A_success_ends_the_pause_at_once()
    {
        _availability.ReportFailure();

        _availability.ReportSuccess();

        Assert.False(_availability.IsPresumedDown);
    }
}
