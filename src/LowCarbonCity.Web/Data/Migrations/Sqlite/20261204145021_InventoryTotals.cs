using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LowCarbonCity.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InventoryTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "inventory_totals",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    inventory_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organisation_id = table.Column<int>(type: "INTEGER", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    sector = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    gpc_sector = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    scope = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    co2e_kg = table.Column<decimal>(type: "TEXT", precision: 28, scale: 6, nullable: false),
                    lines = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inventory_totals", x => x.id);
                    table.ForeignKey(
                        name: "fk_inventory_totals_inventories_inventory_id",
                        column: x => x.inventory_id,
                        principalTable: "inventories",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_inventory_totals_inventory_id",
                table: "inventory_totals",
                column: "inventory_id");

            migrationBuilder.CreateIndex(
                name: "ix_inventory_totals_kind_year_organisation_id",
                table: "inventory_totals",
                columns: new[] { "kind", "year", "organisation_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inventory_totals");
        }
    }
}
