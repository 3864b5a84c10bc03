using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LowCarbonCity.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InventoryTotalStatus : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "status",
                table: "inventory_totals",
                type: "TEXT",
                maxLength: 48,
                nullable: false,
                defaultValue: "");

            // Existing summary rows take their inventory's status (ADR 0011); from now on every writer sets it.
            migrationBuilder.Sql("UPDATE inventory_totals SET status = (SELECT i.status FROM inventories i WHERE i.id = inventory_totals.inventory_id);");

            migrationBuilder.CreateIndex(
                name: "ix_organisation_year_contexts_year",
                table: "organisation_year_contexts",
                column: "year");

            migrationBuilder.CreateIndex(
                name: "ix_inventory_totals_kind_year_status",
                table: "inventory_totals",
                columns: new[] { "kind", "year", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_inventories_kind_year",
                table: "inventories",
                columns: new[] { "kind", "year" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_organisation_year_contexts_year",
                table: "organisation_year_contexts");

            migrationBuilder.DropIndex(
                name: "ix_inventory_totals_kind_year_status",
                table: "inventory_totals");

            migrationBuilder.DropIndex(
                name: "ix_inventories_kind_year",
                table: "inventories");

            migrationBuilder.DropColumn(
                name: "status",
                table: "inventory_totals");
        }
    }
}
