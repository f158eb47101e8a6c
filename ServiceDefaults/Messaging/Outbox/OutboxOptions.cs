namespace CxPlatform.ServiceDefaults.Messaging.Outbox;

public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    public int BatchSize { get; set; } = 200;

    /// <summary>Fallback when a NOTIFY is missed (for example a dropped listener connection).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often a standby replica checks whether the dispatching replica has gone.</summary>
    public TimeSpan StandbyInterval { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);
    public TimeSpan MinBackoff { get; set; } = TimeSpan.FromMilliseconds(250);
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>On stop, how long the last flush of committed rows may take (within the host's shutdown timeout).</summary>
    public TimeSpan FlushOnStopTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Sent rows are kept this long for diagnosis, then deleted.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Inbox rows (consumed message ids) are kept this long, then deleted by the same housekeeping. It must outlast any
    /// redelivery: a message redelivered after its row is gone would take effect again.
    /// </summary>
    public TimeSpan InboxRetention { get; set; } = TimeSpan.FromDays(30);
}
