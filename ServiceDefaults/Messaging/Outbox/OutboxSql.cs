namespace CxPlatform.ServiceDefaults.Messaging.Outbox;

/// <summary>The outbox's SQL: the table, the NOTIFY channel that wakes dispatchers, and the trigger that fires it at commit.</summary>
public static class OutboxSql
{
    public const string Table = "outbox_messages";
    public const string Channel = "cxp_outbox";

    /// <summary>Advisory lock held by the one dispatcher that publishes for a database; other replicas stand by.</summary>
    public const long DispatcherLockKey = 0x4378_4F75_7462_6F78; // "CxOutbox"

    /// <summary>Run from a migration (see <c>MigrationBuilderExtensions.CreateOutboxNotifyTrigger</c>). NOTIFY is delivered at commit, so a woken dispatcher always sees the rows.</summary>
    public const string CreateNotifyTrigger = $"""
        CREATE OR REPLACE FUNCTION cxp_outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM pg_notify('{Channel}', '');
          RETURN NULL;
        END $$;
        DROP TRIGGER IF EXISTS cxp_outbox_notify ON {Table};
        CREATE TRIGGER cxp_outbox_notify AFTER INSERT ON {Table} FOR EACH STATEMENT EXECUTE FUNCTION cxp_outbox_notify();
        """;

    public const string DropNotifyTrigger = $"""
        DROP TRIGGER IF EXISTS cxp_outbox_notify ON {Table};
        DROP FUNCTION IF EXISTS cxp_outbox_notify();
        """;
}
