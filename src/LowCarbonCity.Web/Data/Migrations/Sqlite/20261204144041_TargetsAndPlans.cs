using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LowCarbonCity.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TargetsAndPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "targets",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    scope_kind = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    organisation_id = table.Column<int>(type: "INTEGER", nullable: true),
                    province_id = table.Column<int>(type: "INTEGER", nullable: false),
                    inventory_kind = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    base_year = table.Column<int>(type: "INTEGER", nullable: false),
                    target_year = table.Column<int>(type: "INTEGER", nullable: false),
                    reduction_kind = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    reduction_value = table.Column<decimal>(type: "TEXT", precision: 28, scale: 6, nullable: false),
                    scopes = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    sectors = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    bau_method = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    bau_rate_percent = table.Column<decimal>(type: "TEXT", precision: 28, scale: 6, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_targets", x => x.id);
                    table.ForeignKey(
                        name: "fk_targets_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_targets_provinces_province_id",
                        column: x => x.province_id,
                        principalTable: "provinces",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "reduction_measures",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    target_id = table.Column<int>(type: "INTEGER", nullable: false),
                    sector = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    description_th = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    description_en = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    expected_tonnes_per_year = table.Column<decimal>(type: "TEXT", precision: 28, scale: 6, nullable: false),
                    start_year = table.Column<int>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    responsible_organisation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    progress_percent = table.Column<decimal>(type: "TEXT", precision: 28, scale: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reduction_measures", x => x.id);
                    table.ForeignKey(
                        name: "fk_reduction_measures_targets_target_id",
                        column: x => x.target_id,
                        principalTable: "targets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_reduction_measures_target_id",
                table: "reduction_measures",
                column: "target_id");

            migrationBuilder.CreateIndex(
                name: "ix_targets_organisation_id",
                table: "targets",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_targets_province_id_scope_kind_inventory_kind",
                table: "targets",
                columns: new[] { "province_id", "scope_kind", "inventory_kind" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "reduction_measures");

            migrationBuilder.DropTable(
                name: "targets");
        }
    }
}
