using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LowCarbonCity.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PendingEditions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "pending_editions",
                columns: table => new
                {
                    token = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    user_id = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    header_json = table.Column<string>(type: "TEXT", nullable: false),
                    csv = table.Column<string>(type: "TEXT", nullable: false),
                    sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    expires_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pending_editions", x => x.token);
                });

            migrationBuilder.CreateIndex(
                name: "ix_pending_editions_expires_at_utc",
                table: "pending_editions",
                column: "expires_at_utc");

            migrationBuilder.CreateIndex(
                name: "ix_pending_editions_user_id_expires_at_utc",
                table: "pending_editions",
                columns: new[] { "user_id", "expires_at_utc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "pending_editions");
        }
    }
}
