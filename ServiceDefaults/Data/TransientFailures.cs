using Npgsql;

namespace CxPlatform.ServiceDefaults.Data;

/// <summary>
/// Failures that say nothing about the message or request, only about the moment: the database unreachable or overloaded, a
/// deadlock, a serialization conflict. A consumer retries these for minutes instead of parking the message in its
/// <c>_error</c> queue; an HTTP request gets a 503 with Retry-After.
/// </summary>
public static class TransientFailures
{
    public static bool IsTransient(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is TimeoutException or NpgsqlException { IsTransient: true })
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The connection itself broke (the server restarted or the network dropped it): the pool's other idle connections to
    /// that server are most likely broken too.
    /// </summary>
    public static bool IsBrokenConnection(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is NpgsqlException { InnerException: IOException or System.Net.Sockets.SocketException }
                or PostgresException { SqlState: PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow })
            {
                return true;
            }
        }
        return false;
    }
}
