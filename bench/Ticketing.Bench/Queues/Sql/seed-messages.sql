-- Replies and internal notes for every seeded ticket that is past 'new': 1–3 each, agent and customer taking turns, spread
-- between the ticket's creation and its last update, written like the descriptions (everyday words and a long tail).
INSERT INTO ticket_messages ("Id", "TicketId", "TenantId", "AuthorKind", "AuthorId", "Body", "IsPublic", "CreatedAt")
SELECT
    (lpad(to_hex((extract(epoch FROM m.created_at) * 1000)::bigint), 12, '0') || '7' || substr(m.h, 1, 3) || '8' || substr(m.h, 4, 15))::uuid,
    m.ticket_id,
    @tenant,
    m.author_kind,
    m.author_id,
    m.body,
    m.is_public,
    m.created_at
FROM (
    SELECT
        t."Id" AS ticket_id,
        md5(t."Id"::text || i) AS h,
        CASE WHEN i % 2 = 1 THEN 'agent' ELSE 'customer' END AS author_kind,
        CASE WHEN i % 2 = 1 THEN coalesce(t."AssigneeId", @agents[1]) END AS author_id,
        i % 2 = 0 OR random() < 0.85 AS is_public,
        t."CreatedAt" + (t."UpdatedAt" - t."CreatedAt") * (i / (c.n + 1.0))::float8 AS created_at,
        (SELECT string_agg(CASE WHEN random() < @tail_share THEN @tail[floor(exp(random() * ln(cardinality(@tail))))::int]
                                ELSE @reply_words[1 + floor(random() * cardinality(@reply_words))::int] END, ' ')
            FROM generate_series(1, 8 + (t."Number" + i) % 18))
            || CASE WHEN random() < @replies_only_rate THEN ' ' || @replies_only_word ELSE '' END AS body
    FROM tickets t
        CROSS JOIN LATERAL (SELECT CASE WHEN t."Status" = 'new' THEN 0 ELSE 1 + floor(random() * 3)::int END AS n) c
        CROSS JOIN LATERAL generate_series(1, c.n) AS i
    WHERE t."TenantId" = @tenant
) m;
