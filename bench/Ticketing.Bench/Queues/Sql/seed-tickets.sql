-- @n tickets of tenant @tenant, numbered from @first_number and created evenly over the two years before @now (the newest last).
-- Recent tickets are new, open or pending; old ones are mostly closed (auto-close closes solved tickets after 4 days, so only
-- the last 4 days hold solved ones), with a small stale backlog that never got closed. Descriptions mix a weighted everyday
-- vocabulary with a long tail of rare words (the rank of a tail word is log-uniform, so its frequency falls as 1/rank, as in
-- real text). random() is seeded by the caller.
INSERT INTO tickets ("Id", "TenantId", "Number", "Subject", "Description", requester_customer_id, requester_contact_point, requester_name,
    "Channel", "Type", "Priority", "Status", "GroupId", "AssigneeId", "Tags", "CustomFields",
    return_order_reference, return_items, return_state, return_state_changed_at,
    "CreatedAt", "UpdatedAt", "FirstRepliedAt", "SolvedAt", "ClosedAt", "ReopenCount", customer_resolution_pending)
SELECT
    (lpad(to_hex((extract(epoch FROM t.created_at) * 1000)::bigint), 12, '0') || '7' || substr(t.h, 1, 3) || '8' || substr(t.h, 4, 15))::uuid,
    @tenant,
    @first_number + t.g - 1,
    t.subject,
    t.description,
    CASE WHEN t.known_customer THEN md5('customer' || t.customer)::uuid END,
    'customer' || t.customer || '@example.com',
    t.name,
    t.channel,
    t.type,
    t.priority,
    t.status,
    t.group_id,
    CASE WHEN t.status <> 'new' OR t.r_assign < 0.2 THEN t.agent END,
    coalesce((SELECT array_agg(DISTINCT x ORDER BY x) FROM unnest((ARRAY[t.tag1, t.tag2, t.tag3])[1:t.tag_count]) x), '{}'),
    '{}'::jsonb,
    CASE WHEN t.type = 'return' THEN 'ORD-' || (1000000 + t.g) END,
    CASE WHEN t.type = 'return' THEN jsonb_build_array(jsonb_build_object('sku', 'SKU-' || (t.g % 5000), 'quantity', 1 + t.g % 2, 'reason', 'damaged')) END,
    CASE WHEN t.type <> 'return' THEN NULL
         WHEN t.status = 'closed' THEN CASE WHEN t.r_assign < 0.85 THEN 'refunded' ELSE 'rejected' END
         WHEN t.status = 'new' THEN 'requested'
         ELSE (ARRAY['requested', 'approved', 'received'])[1 + (t.g % 3)] END,
    CASE WHEN t.type = 'return' THEN t.updated_at END,
    t.created_at,
    t.updated_at,
    CASE WHEN t.status <> 'new' THEN least(t.updated_at, t.created_at + t.r_time * interval '1 day') END,
    t.solved_at,
    CASE WHEN t.status = 'closed' THEN t.updated_at END,
    CASE WHEN t.r_assign > 0.97 THEN 1 ELSE 0 END,
    false
FROM (
    SELECT s.*,
        CASE
            WHEN s.status IN ('solved', 'closed') THEN least(@now, s.created_at + s.r_time * interval '3 days')
        END AS solved_at,
        CASE
            WHEN s.status = 'new' THEN s.created_at
            WHEN s.status = 'closed' THEN least(@now, s.created_at + s.r_time * interval '3 days' + interval '4 days')
            WHEN s.status = 'solved' THEN least(@now, s.created_at + s.r_time * interval '3 days')
            ELSE s.created_at + s.r_time * (@now - s.created_at)
        END AS updated_at
    FROM (
        SELECT g, h, created_at, r_time, r_assign, customer, known_customer, name, channel, type, priority, subject, description,
            group_id, agent, tag1, tag2, tag3, tag_count,
            CASE
                WHEN age_days < 4 THEN CASE WHEN r_status < 0.20 THEN 'new' WHEN r_status < 0.60 THEN 'open' WHEN r_status < 0.80 THEN 'pending'
                                            WHEN r_status < 0.85 THEN 'on_hold' ELSE 'solved' END
                WHEN age_days < 30 THEN CASE WHEN r_status < 0.08 THEN 'open' WHEN r_status < 0.14 THEN 'pending'
                                             WHEN r_status < 0.18 THEN 'on_hold' ELSE 'closed' END
                ELSE CASE WHEN r_status < 0.005 THEN 'open' WHEN r_status < 0.010 THEN 'pending'
                          WHEN r_status < 0.015 THEN 'on_hold' ELSE 'closed' END
            END AS status
        FROM (
            SELECT
                g,
                md5(g::text) AS h,
                @now - (@n - g) * (interval '730 days' / @n) AS created_at,
                (@n - g) * 730.0 / @n AS age_days,
                random() AS r_status,
                random() AS r_time,
                random() AS r_assign,
                (g::bigint * 7919) % 300000 AS customer,
                random() < 0.75 AS known_customer,
                @first_names[1 + floor(random() * cardinality(@first_names))::int] || ' ' || @last_names[1 + floor(random() * cardinality(@last_names))::int] AS name,
                (SELECT c FROM (VALUES (0.40, 'email'), (0.60, 'web_form'), (0.75, 'chat'), (0.82, 'chatbot_handoff'), (0.90, 'phone'),
                    (0.94, 'social_dm'), (0.97, 'social_comment'), (1.01, 'in_store')) v(p, c) WHERE v.p > r.channel ORDER BY v.p LIMIT 1) AS channel,
                (SELECT c FROM (VALUES (0.45, 'question'), (0.65, 'incident'), (0.72, 'problem'), (0.87, 'return'), (1.01, 'complaint')) v(p, c)
                    WHERE v.p > r.type ORDER BY v.p LIMIT 1) AS type,
                (SELECT c FROM (VALUES (0.20, 'low'), (0.75, 'normal'), (0.93, 'high'), (1.01, 'urgent')) v(p, c)
                    WHERE v.p > r.priority ORDER BY v.p LIMIT 1) AS priority,
                @subjects[1 + floor(random() * cardinality(@subjects))::int] || ': ' || @products[1 + floor(random() * cardinality(@products))::int]
                    || CASE WHEN random() < 0.4 THEN ' (order ' || (100000 + (g::bigint * 7919) % 900000) || ')' ELSE '' END AS subject,
                (SELECT string_agg(CASE WHEN random() < @tail_share THEN @tail[floor(exp(random() * ln(cardinality(@tail))))::int]
                                        ELSE @words[1 + floor(random() * cardinality(@words))::int] END, ' ')
                    FROM generate_series(1, 12 + g % 19))
                    || CASE WHEN random() < @selective_rate THEN ' ' || @selective_word ELSE '' END AS description,
                CASE WHEN random() < 0.9 THEN @groups[1 + floor(power(random(), 1.5) * cardinality(@groups))::int] END AS group_id,
                @agents[1 + floor(random() * cardinality(@agents))::int] AS agent,
                @tags[1 + floor(random() * cardinality(@tags))::int] AS tag1,
                @tags[1 + floor(random() * cardinality(@tags))::int] AS tag2,
                @tags[1 + floor(random() * cardinality(@tags))::int] AS tag3,
                (SELECT CASE WHEN x < 0.3 THEN 0 WHEN x < 0.7 THEN 1 WHEN x < 0.9 THEN 2 ELSE 3 END FROM (SELECT random() + 0 * g AS x) k) AS tag_count
            FROM generate_series(1, @n) AS g,
                LATERAL (SELECT random() + 0 * g AS channel, random() + 0 * g AS type, random() + 0 * g AS priority) r
        ) base
    ) s
) t;
