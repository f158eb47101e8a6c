namespace CxPlatform.Ticketing.Infrastructure;

/// <summary>
/// Each ticket's search document: its subject, description and every message of its conversation (replies and internal
/// notes) in one GIN-indexed <c>tsvector</c> on the ticket row, so that a search both matches and sorts on one table and
/// never joins the messages. The columns are left out of the EF model on purpose: no ordinary load reads them; only
/// <see cref="Queues.TicketSearch"/> queries them, in SQL.
/// </summary>
public static class TicketSearchSchema
{
    /// <summary>The indexed document: subject and description, generated, followed by the conversation.</summary>
    public const string DocumentColumn = "SearchVector";

    /// <summary>The words of the conversation, appended when a message is added (the trigger below).</summary>
    public const string ConversationColumn = "ConversationSearchVector";

    /// <remarks>
    /// The trigger is deferred to the commit so that it updates the ticket after EF Core has: an earlier update of the row
    /// in the same transaction would change its <c>xmin</c> and fail EF's concurrency check on the ticket. The ticket's ETag
    /// is not affected, as <c>xmin</c> is the same for every row version one transaction writes. Messages are never edited
    /// or deleted, so appending is all it takes.
    /// </remarks>
    public const string Create = $$"""
        ALTER TABLE tickets
            ADD COLUMN "{{ConversationColumn}}" tsvector NOT NULL DEFAULT '',
            ADD COLUMN "{{DocumentColumn}}" tsvector GENERATED ALWAYS AS
                (to_tsvector('{{Queues.TicketSearch.Configuration}}', "Subject" || ' ' || "Description") || "{{ConversationColumn}}") STORED;
        CREATE INDEX "IX_tickets_{{DocumentColumn}}" ON tickets USING gin ("{{DocumentColumn}}");

        CREATE FUNCTION ticket_messages_add_to_search() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            UPDATE tickets
            SET "{{ConversationColumn}}" = "{{ConversationColumn}}" || to_tsvector('{{Queues.TicketSearch.Configuration}}', NEW."Body")
            WHERE "Id" = NEW."TicketId";
            RETURN NULL;
        END
        $$;
        CREATE CONSTRAINT TRIGGER ticket_messages_add_to_search AFTER INSERT ON ticket_messages
            DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ticket_messages_add_to_search();
        """;

    public const string Drop = $$"""
        DROP TRIGGER IF EXISTS ticket_messages_add_to_search ON ticket_messages;
        DROP FUNCTION IF EXISTS ticket_messages_add_to_search();
        """;
}
