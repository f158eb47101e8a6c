using CxPlatform.ServiceDefaults.Messaging;
using Npgsql;

namespace CxPlatform.ServiceDefaults.Tests;

public sealed class TransientFailuresTests
{
    [Fact]
    public void A_database_timeout_anywhere_in_the_chain_is_transient()
    {
        var wrapped = new InvalidOperationException("likely a transient failure", new NpgsqlException("timed out", new TimeoutException()));

        Assert.True(TransientFailures.IsTransient(wrapped));
        Assert.True(TransientFailures.IsTransient(new TimeoutException()));
    }

    [Fact]
    public void A_bug_or_a_rejected_message_is_not_transient()
    {
        Assert.False(TransientFailures.IsTransient(new InvalidOperationException("bug")));
        Assert.False(TransientFailures.IsTransient(new NpgsqlException("syntax error")));
        Assert.False(TransientFailures.IsTransient(new ArgumentException("bad", new FormatException())));
    }
}
