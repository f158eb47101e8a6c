using CxPlatform.AppHost.Hosting.State;

namespace CxPlatform.AppHost.Tests;

public sealed class ResourceLogTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Lines_are_numbered_and_the_oldest_fall_off_beyond_the_capacity()
    {
        var log = new ResourceLog(capacity: 3);
        for (var i = 1; i <= 5; i++)
        {
            log.Write(At, $"line {i}", isError: false);
        }

        var page = log.Read(after: 0, search: null, limit: 100);

        Assert.Equal(["line 3", "line 4", "line 5"], page.Lines.Select(line => line.Text));
        Assert.Equal([3L, 4L, 5L], page.Lines.Select(line => line.Sequence));
        Assert.Equal(3, page.FirstSequence);
        Assert.Equal(5, page.LastSequence);
    }

    [Fact]
    public void A_follower_gets_only_the_lines_after_the_last_it_saw()
    {
        var log = new ResourceLog();
        log.Write(At, "first", isError: false);
        var seen = log.Read(after: 0, search: null, limit: 100).LastSequence;
        log.Write(At, "second", isError: true);

        var page = log.Read(after: seen, search: null, limit: 100);

        var line = Assert.Single(page.Lines);
        Assert.Equal("second", line.Text);
        Assert.True(line.IsError);
        Assert.Empty(log.Read(after: page.LastSequence, search: null, limit: 100).Lines);
    }

    [Fact]
    public void Search_is_case_insensitive_and_still_moves_the_follower_on()
    {
        var log = new ResourceLog();
        log.Write(At, "Request finished 200", isError: false);
        log.Write(At, "fail: Unhandled EXCEPTION", isError: true);
        log.Write(At, "Request finished 500", isError: false);

        var page = log.Read(after: 0, search: "exception", limit: 100);

        Assert.Equal(["fail: Unhandled EXCEPTION"], page.Lines.Select(line => line.Text));
        Assert.Equal(3, page.LastSequence);
    }

    [Fact]
    public void A_limit_keeps_the_newest_matching_lines_oldest_first()
    {
        var log = new ResourceLog();
        for (var i = 1; i <= 10; i++)
        {
            log.Write(At, $"line {i}", isError: false);
        }

        Assert.Equal(["line 9", "line 10"], log.Read(after: 0, search: "line", limit: 2).Lines.Select(line => line.Text));
    }
}
