using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CxPlatform.Surveys.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ScheduleRules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LastRunAt",
                table: "distribution_rules",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "NextRunAt",
                table: "distribution_rules",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Schedule",
                table: "distribution_rules",
                type: "jsonb",
                nullable: true);

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

            migrationBuilder.CreateIndex(
                name: "ix_distribution_rules_next_run",
                table: "distribution_rules",
                column: "NextRunAt",
                filter: "\"NextRunAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_known_customers_TenantId_LastSeenAt",
                table: "known_customers",
                columns: new[] { "TenantId", "LastSeenAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "known_customers");

            migrationBuilder.DropIndex(
                name: "ix_distribution_rules_next_run",
                table: "distribution_rules");

            migrationBuilder.DropColumn(
                name: "LastRunAt",
                table: "distribution_rules");

            migrationBuilder.DropColumn(
                name: "NextRunAt",
                table: "distribution_rules");

            migrationBuilder.DropColumn(
                name: "Schedule",
                table: "distribution_rules");
        }
    }
}
