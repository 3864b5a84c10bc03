using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LowCarbonCity.Web.Data.Migrations.Postgres
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
                type: "character varying(48)",
                maxLength: 48,
                nullable: false,
                defaultValue: "");

            // Existing summary rows take their inventory's status (ADR 0011); from now on every writer sets it.
            migrationBuilder.Sql("UPDATE inventory_totals t SET status = i.status FROM inventories i WHERE i.id = t.inventory_id;");

            migrationBuilder.CreateIndex(
                name: "ix_organisation_year_contexts_year",
                table: "organisation_year_contexts",
                column: "year")
                .Annotation("Npgsql:IndexInclude", new[] { "organisation_id", "population", "area_km2" });

            migrationBuilder.CreateIndex(
                name: "ix_inventory_totals_kind_year_status",
                table: "inventory_totals",
                columns: new[] { "kind", "year", "status" })
                .Annotation("Npgsql:IndexInclude", new[] { "organisation_id", "sector", "gpc_sector", "scope", "co2e_kg" });

            migrationBuilder.CreateIndex(
                name: "ix_inventories_kind_year",
                table: "inventories",
                columns: new[] { "kind", "year" })
                .Annotation("Npgsql:IndexInclude", new[] { "status", "organisation_id" });
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
