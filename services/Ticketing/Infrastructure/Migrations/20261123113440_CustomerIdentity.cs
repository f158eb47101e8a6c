using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CxPlatform.Ticketing.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class CustomerIdentity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "customer_resolution_pending",
                table: "tickets",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "requester_contact_kind",
                table: "tickets",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_tickets_customer_resolution_pending",
                table: "tickets",
                column: "CreatedAt",
                filter: "customer_resolution_pending");

            migrationBuilder.CreateIndex(
                name: "IX_tickets_requester_customer_id",
                table: "tickets",
                column: "requester_customer_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_tickets_customer_resolution_pending",
                table: "tickets");

            migrationBuilder.DropIndex(
                name: "IX_tickets_requester_customer_id",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "customer_resolution_pending",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "requester_contact_kind",
                table: "tickets");
        }
    }
}
