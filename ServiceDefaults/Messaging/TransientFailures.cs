using Npgsql;

namespace CxPlatform.ServiceDefaults.Messaging;

/// <summary>
/// Failures that say nothing about the message, only about the moment: the database unreachable or overloaded, a deadlock,
/// a serialization conflict. A consumer retries these for minutes instead of parking the message in its <c>_error</c> queue.
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
}
