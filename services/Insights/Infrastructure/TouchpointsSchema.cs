namespace CxPlatform.Insights.Infrastructure;

/// <summary>
/// The event store's table: declaratively range-partitioned by month on <c>OccurredAt</c> (UTC), with a default partition that
/// takes every instant no monthly partition covers (far past, far future), so no touchpoint is ever refused for its time.
/// <see cref="TouchpointPartitions"/> keeps monthly partitions ready ahead of the clock. The primary key has to include the
/// partition key; idempotency lives in <c>touchpoint_keys</c> instead. Indexes are tenant-first and are created on the
/// parent, so every partition gets them.
/// </summary>
public static class TouchpointsSchema
{
    public const string Table = "touchpoints";
    public const string DefaultPartition = "touchpoints_default";

    public const string Create = """
        CREATE TABLE touchpoints (
            "Id" uuid NOT NULL,
            "TenantId" character varying(63) NOT NULL,
            "CustomerId" uuid NULL,
            "Kind" character varying(40) NOT NULL,
            "Source" character varying(100) NOT NULL,
            "DedupeKey" character varying(200) NOT NULL,
            "ExternalId" character varying(200) NULL,
            "MessageId" uuid NULL,
            "TicketId" uuid NULL,
            "OccurredAt" timestamp with time zone NOT NULL,
            "RecordedAt" timestamp with time zone NOT NULL,
            "Summary" character varying(300) NOT NULL,
            "Attributes" jsonb NOT NULL,
            "Payload" jsonb NOT NULL,
            CONSTRAINT "PK_touchpoints" PRIMARY KEY ("Id", "OccurredAt")
        ) PARTITION BY RANGE ("OccurredAt");
        CREATE TABLE touchpoints_default PARTITION OF touchpoints DEFAULT;
        CREATE INDEX "IX_touchpoints_TenantId_CustomerId_OccurredAt_Id" ON touchpoints ("TenantId", "CustomerId", "OccurredAt" DESC, "Id" DESC);
        CREATE INDEX "IX_touchpoints_TenantId_TicketId" ON touchpoints ("TenantId", "TicketId") WHERE "TicketId" IS NOT NULL;
        CREATE INDEX "IX_touchpoints_TenantId_OccurredAt" ON touchpoints ("TenantId", "OccurredAt");
        """;

    public const string Drop = "DROP TABLE IF EXISTS touchpoints;";
}
