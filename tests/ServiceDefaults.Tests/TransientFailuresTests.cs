using CxPlatform.ServiceDefaults.Data;
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

    [Fact]
    public void A_connection_the_server_or_network_dropped_is_a_broken_connection()
    {
        Assert.True(TransientFailures.IsBrokenConnection(new InvalidOperationException("wrapped", new NpgsqlException("Exception while reading from stream", new EndOfStreamException()))));
        Assert.True(TransientFailures.IsBrokenConnection(new NpgsqlException("Exception while writing to stream", new IOException("Broken pipe"))));
    }

    [Fact]
    public void A_timeout_or_a_plain_database_error_is_not_a_broken_connection()
    {
        Assert.False(TransientFailures.IsBrokenConnection(new NpgsqlException("timed out", new TimeoutException())));
        Assert.False(TransientFailures.IsBrokenConnection(new NpgsqlException("syntax error")));
    }
}
