using System;
using CxPlatform.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CxPlatform.Surveys.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "customer_apologies",
                columns: table => new
                {
                    OutreachId = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    CustomerId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApologizedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_customer_apologies", x => new { x.TenantId, x.OutreachId });
                });

            migrationBuilder.CreateTable(
                name: "deliveries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    recipient = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_error = table.Column<string>(type: "text", nullable: true),
                    provider_message_id = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    delivered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    failed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    payload = table.Column<string>(type: "text", nullable: false),
                    secret = table.Column<string>(type: "text", nullable: true),
                    trace_parent = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_deliveries", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "idempotency_keys",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    endpoint = table.Column<string>(type: "text", nullable: false),
                    key = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    request_path = table.Column<string>(type: "text", nullable: false),
                    request_body_sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    response_status = table.Column<int>(type: "integer", nullable: true),
                    response_content_type = table.Column<string>(type: "text", nullable: true),
                    response_location = table.Column<string>(type: "text", nullable: true),
                    response_etag = table.Column<string>(type: "text", nullable: true),
                    response_body = table.Column<byte[]>(type: "bytea", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_idempotency_keys", x => new { x.tenant_id, x.endpoint, x.key });
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                columns: table => new
                {
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    consumer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    tenant_id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: true),
                    message_type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox_messages", x => new { x.message_id, x.consumer });
                });

            migrationBuilder.CreateTable(
                name: "known_customers",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    CustomerId = table.Column<Guid>(type: "uuid", nullable: false),
                    LastSeenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_known_customers", x => new { x.TenantId, x.CustomerId });
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    stream_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    message_type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: false),
                    trace_parent = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    failed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.sequence);
                });

            migrationBuilder.CreateTable(
                name: "survey_settings",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    ThrottleDays = table.Column<int>(type: "integer", nullable: false),
                    ApologyQuietDays = table.Column<int>(type: "integer", nullable: false),
                    MessageWebhookUrl = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    MessageWebhookSecret = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    EmailReplyTo = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_survey_settings", x => x.TenantId);
                });

            migrationBuilder.CreateTable(
                name: "surveys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Anonymous = table.Column<bool>(type: "boolean", nullable: false),
                    Draft = table.Column<string>(type: "jsonb", nullable: true),
                    PublishedVersion = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_surveys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "distribution_rules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    SurveyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Trigger = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Conditions = table.Column<string>(type: "jsonb", nullable: false),
                    Delay = table.Column<TimeSpan>(type: "interval", nullable: false),
                    Expiry = table.Column<TimeSpan>(type: "interval", nullable: false),
                    ReminderAfter = table.Column<TimeSpan>(type: "interval", nullable: true),
                    Enabled = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Schedule = table.Column<string>(type: "jsonb", nullable: true),
                    NextRunAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastRunAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_distribution_rules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_distribution_rules_surveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "survey_versions",
                columns: table => new
                {
                    SurveyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    Definition = table.Column<string>(type: "jsonb", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_survey_versions", x => new { x.SurveyId, x.Number });
                    table.ForeignKey(
                        name: "FK_survey_versions_surveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "planned_invitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    SurveyId = table.Column<Guid>(type: "uuid", nullable: false),
                    RuleId = table.Column<Guid>(type: "uuid", nullable: false),
                    TriggerEventId = table.Column<Guid>(type: "uuid", nullable: false),
                    CustomerId = table.Column<Guid>(type: "uuid", nullable: false),
                    RelatedTicketId = table.Column<Guid>(type: "uuid", nullable: true),
                    RelatedOutreachId = table.Column<Guid>(type: "uuid", nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ScheduledFor = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Expiry = table.Column<TimeSpan>(type: "interval", nullable: false),
                    ReminderAfter = table.Column<TimeSpan>(type: "interval", nullable: true),
                    UnavailableAttempts = table.Column<int>(type: "integer", nullable: false),
                    InvitationId = table.Column<Guid>(type: "uuid", nullable: true),
                    SkipRule = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Decisions = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_planned_invitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_planned_invitations_distribution_rules_RuleId",
                        column: x => x.RuleId,
                        principalTable: "distribution_rules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "survey_invitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    SurveyId = table.Column<Guid>(type: "uuid", nullable: false),
                    SurveyVersion = table.Column<int>(type: "integer", nullable: false),
                    SurveyKind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Anonymous = table.Column<bool>(type: "boolean", nullable: false),
                    CustomerId = table.Column<Guid>(type: "uuid", nullable: true),
                    Language = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: true),
                    RelatedTicketId = table.Column<Guid>(type: "uuid", nullable: true),
                    RelatedOutreachId = table.Column<Guid>(type: "uuid", nullable: true),
                    Status = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReminderDueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RemindedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DistributionRuleId = table.Column<Guid>(type: "uuid", nullable: true),
                    SendDueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SendUnavailableAttempts = table.Column<int>(type: "integer", nullable: false),
                    Channel = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    NotSentRule = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ReminderDeliveryId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReminderSkipRule = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_survey_invitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_survey_invitations_survey_versions_SurveyId_SurveyVersion",
                        columns: x => new { x.SurveyId, x.SurveyVersion },
                        principalTable: "survey_versions",
                        principalColumns: new[] { "SurveyId", "Number" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "survey_responses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    SurveyId = table.Column<Guid>(type: "uuid", nullable: false),
                    SurveyVersion = table.Column<int>(type: "integer", nullable: false),
                    SurveyKind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    InvitationId = table.Column<Guid>(type: "uuid", nullable: false),
                    InvitedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CustomerId = table.Column<Guid>(type: "uuid", nullable: true),
                    RelatedTicketId = table.Column<Guid>(type: "uuid", nullable: true),
                    RelatedOutreachId = table.Column<Guid>(type: "uuid", nullable: true),
                    Language = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: false),
                    Answers = table.Column<string>(type: "jsonb", nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: true),
                    Category = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Comment = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: true),
                    FormulaVersion = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_survey_responses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_survey_responses_survey_invitations_InvitationId",
                        column: x => x.InvitationId,
                        principalTable: "survey_invitations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_customer_apologies_TenantId_CustomerId_ApologizedAt",
                table: "customer_apologies",
                columns: new[] { "TenantId", "CustomerId", "ApologizedAt" });

            migrationBuilder.CreateIndex(
                name: "ix_deliveries_due",
                table: "deliveries",
                column: "next_attempt_at",
                filter: "status IN ('pending', 'sending')");

            migrationBuilder.CreateIndex(
                name: "ix_distribution_rules_next_run",
                table: "distribution_rules",
                column: "NextRunAt",
                filter: "\"NextRunAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_distribution_rules_SurveyId",
                table: "distribution_rules",
                column: "SurveyId");

            migrationBuilder.CreateIndex(
                name: "IX_distribution_rules_TenantId_SurveyId",
                table: "distribution_rules",
                columns: new[] { "TenantId", "SurveyId" });

            migrationBuilder.CreateIndex(
                name: "IX_distribution_rules_TenantId_Trigger_Enabled",
                table: "distribution_rules",
                columns: new[] { "TenantId", "Trigger", "Enabled" });

            migrationBuilder.CreateIndex(
                name: "ix_idempotency_keys_expires_at",
                table: "idempotency_keys",
                column: "expires_at");

            migrationBuilder.CreateIndex(
                name: "ix_inbox_messages_received_at",
                table: "inbox_messages",
                column: "received_at");

            migrationBuilder.CreateIndex(
                name: "IX_known_customers_TenantId_LastSeenAt",
                table: "known_customers",
                columns: new[] { "TenantId", "LastSeenAt" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_id",
                table: "outbox_messages",
                column: "id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending",
                table: "outbox_messages",
                column: "sequence",
                filter: "sent_at IS NULL AND failed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_sent_at",
                table: "outbox_messages",
                column: "sent_at",
                filter: "sent_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_planned_invitations_due",
                table: "planned_invitations",
                column: "ScheduledFor",
                filter: "\"Status\" = 'planned'");

            migrationBuilder.CreateIndex(
                name: "IX_planned_invitations_RuleId",
                table: "planned_invitations",
                column: "RuleId");

            migrationBuilder.CreateIndex(
                name: "IX_planned_invitations_TenantId_RuleId_TriggerEventId",
                table: "planned_invitations",
                columns: new[] { "TenantId", "RuleId", "TriggerEventId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_planned_invitations_TenantId_SurveyId_Status_CreatedAt",
                table: "planned_invitations",
                columns: new[] { "TenantId", "SurveyId", "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "ix_survey_invitations_open",
                table: "survey_invitations",
                column: "ExpiresAt",
                filter: "\"Status\" IN ('created', 'sent', 'opened')");

            migrationBuilder.CreateIndex(
                name: "ix_survey_invitations_reminder_due",
                table: "survey_invitations",
                column: "ReminderDueAt",
                filter: "\"ReminderDueAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_survey_invitations_send_due",
                table: "survey_invitations",
                column: "SendDueAt",
                filter: "\"SendDueAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_survey_invitations_SurveyId_SurveyVersion",
                table: "survey_invitations",
                columns: new[] { "SurveyId", "SurveyVersion" });

            migrationBuilder.CreateIndex(
                name: "IX_survey_invitations_TenantId_CustomerId_CreatedAt",
                table: "survey_invitations",
                columns: new[] { "TenantId", "CustomerId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_survey_invitations_TenantId_SurveyId_CreatedAt",
                table: "survey_invitations",
                columns: new[] { "TenantId", "SurveyId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_survey_responses_InvitationId",
                table: "survey_responses",
                column: "InvitationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_survey_responses_TenantId_SurveyId_InvitedAt",
                table: "survey_responses",
                columns: new[] { "TenantId", "SurveyId", "InvitedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_surveys_TenantId_Id",
                table: "surveys",
                columns: new[] { "TenantId", "Id" });

            migrationBuilder.CreateOutboxNotifyTrigger();
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropOutboxNotifyTrigger();

            migrationBuilder.DropTable(
                name: "customer_apologies");

            migrationBuilder.DropTable(
                name: "deliveries");

            migrationBuilder.DropTable(
                name: "idempotency_keys");

            migrationBuilder.DropTable(
                name: "inbox_messages");

            migrationBuilder.DropTable(
                name: "known_customers");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "planned_invitations");

            migrationBuilder.DropTable(
                name: "survey_responses");

            migrationBuilder.DropTable(
                name: "survey_settings");

            migrationBuilder.DropTable(
                name: "distribution_rules");

            migrationBuilder.DropTable(
                name: "survey_invitations");

            migrationBuilder.DropTable(
                name: "survey_versions");

            migrationBuilder.DropTable(
                name: "surveys");
        }
    }
}
