-- What the service's trigger does message by message (ticket_messages_add_to_search, deferred to each commit), done once for
-- the whole seeded conversation: each ticket's search document gets the words of its replies and notes. The updated rows
-- are then put back in ticket order (CLUSTER), as the service's own tickets lie in the order they were created.
UPDATE tickets t
SET "ConversationSearchVector" = c.document
FROM (
    SELECT "TicketId", to_tsvector('simple', string_agg("Body", ' ' ORDER BY "CreatedAt")) AS document
    FROM ticket_messages
    WHERE "TenantId" = @tenant
    GROUP BY "TicketId"
) c
WHERE t."Id" = c."TicketId";
