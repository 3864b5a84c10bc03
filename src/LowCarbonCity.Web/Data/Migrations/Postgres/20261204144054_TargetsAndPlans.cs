using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace LowCarbonCity.Web.Data.Migrations.Postgres
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
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    scope_kind = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    organisation_id = table.Column<int>(type: "integer", nullable: true),
                    province_id = table.Column<int>(type: "integer", nullable: false),
                    inventory_kind = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    base_year = table.Column<int>(type: "integer", nullable: false),
                    target_year = table.Column<int>(type: "integer", nullable: false),
                    reduction_kind = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    reduction_value = table.Column<decimal>(type: "numeric(28,6)", precision: 28, scale: 6, nullable: false),
                    scopes = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    sectors = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    bau_method = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    bau_rate_percent = table.Column<decimal>(type: "numeric(28,6)", precision: 28, scale: 6, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
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
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    target_id = table.Column<int>(type: "integer", nullable: false),
                    sector = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    description_th = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    description_en = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    expected_tonnes_per_year = table.Column<decimal>(type: "numeric(28,6)", precision: 28, scale: 6, nullable: false),
                    start_year = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    responsible_organisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    progress_percent = table.Column<decimal>(type: "numeric(28,6)", precision: 28, scale: 6, nullable: false)
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
