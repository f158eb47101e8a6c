using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CxPlatform.Surveys.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class InvitationDelivery : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_survey_invitations_to_send",
                table: "survey_invitations");

            migrationBuilder.AddColumn<string>(
                name: "EmailReplyTo",
                table: "survey_settings",
                type: "character varying(254)",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MessageWebhookSecret",
                table: "survey_settings",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MessageWebhookUrl",
                table: "survey_settings",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "UpdatedAt",
                table: "survey_settings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "survey_settings",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<string>(
                name: "Channel",
                table: "survey_invitations",
                type: "character varying(24)",
                maxLength: 24,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "DistributionRuleId",
                table: "survey_invitations",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NotSentRule",
                table: "survey_invitations",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ReminderDeliveryId",
                table: "survey_invitations",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReminderSkipRule",
                table: "survey_invitations",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SendDueAt",
                table: "survey_invitations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SendUnavailableAttempts",
                table: "survey_invitations",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SentAt",
                table: "survey_invitations",
                type: "timestamp with time zone",
                nullable: true);

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

            migrationBuilder.CreateIndex(
                name: "ix_survey_invitations_send_due",
                table: "survey_invitations",
                column: "SendDueAt",
                filter: "\"SendDueAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_deliveries_due",
                table: "deliveries",
                column: "next_attempt_at",
                filter: "status IN ('pending', 'sending')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "deliveries");

            migrationBuilder.DropIndex(
                name: "ix_survey_invitations_send_due",
                table: "survey_invitations");

            migrationBuilder.DropColumn(
                name: "EmailReplyTo",
                table: "survey_settings");

            migrationBuilder.DropColumn(
                name: "MessageWebhookSecret",
                table: "survey_settings");

            migrationBuilder.DropColumn(
                name: "MessageWebhookUrl",
                table: "survey_settings");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                table: "survey_settings");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "survey_settings");

            migrationBuilder.DropColumn(
                name: "Channel",
                table: "survey_invitations");

            migrationBuilder.DropColumn(
                name: "DistributionRuleId",
                table: "survey_invitations");

            migrationBuilder.DropColumn(
                name: "NotSentRule",
                table: "survey_invitations");

            migrationBuilder.DropColumn(
                name: "ReminderDeliveryId",
                table: "survey_invitations");

            migrationBuilder.DropColumn(
                name: "ReminderSkipRule",
                table: "survey_invitations");

            migrationBuilder.DropColumn(
                name: "SendDueAt",
                table: "survey_invitations");

            migrationBuilder.DropColumn(
                name: "SendUnavailableAttempts",
                table: "survey_invitations");

            migrationBuilder.DropColumn(
                name: "SentAt",
                table: "survey_invitations");

            migrationBuilder.CreateIndex(
                name: "ix_survey_invitations_to_send",
                table: "survey_invitations",
                column: "CreatedAt",
                filter: "\"Status\" = 'created'");
        }
    }
}
