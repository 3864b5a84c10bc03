using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LowCarbonCity.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Verification : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "correction_finding_id",
                table: "inventories",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "verification_bodies",
                columns: table => new
                {
                    organisation_id = table.Column<int>(type: "INTEGER", nullable: false),
                    registration_number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    valid_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    valid_until = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_verification_bodies", x => x.organisation_id);
                    table.ForeignKey(
                        name: "fk_verification_bodies_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "verifications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    inventory_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    body_organisation_id = table.Column<int>(type: "INTEGER", nullable: false),
                    materiality_percent = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: false),
                    assigned_by_user_id = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    assigned_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    stage = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    certified_by_user_id = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    certified_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_verifications", x => x.id);
                    table.ForeignKey(
                        name: "fk_verifications_inventories_inventory_id",
                        column: x => x.inventory_id,
                        principalTable: "inventories",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_verifications_verification_bodies_body_organisation_id",
                        column: x => x.body_organisation_id,
                        principalTable: "verification_bodies",
                        principalColumn: "organisation_id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "verification_findings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    verification_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<int>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    line_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    misstatement_kg = table.Column<decimal>(type: "TEXT", precision: 28, scale: 6, nullable: true),
                    due_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    raised_by_user_id = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    raised_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_verification_findings", x => x.id);
                    table.ForeignKey(
                        name: "fk_verification_findings_verifications_verification_id",
                        column: x => x.verification_id,
                        principalTable: "verifications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "verification_statements",
                columns: table => new
                {
                    verification_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    level = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    standard = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    opinion = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    opinion_text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    issued_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    signatory_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    signatory_title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    materiality_percent = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: false),
                    scope1kg = table.Column<decimal>(type: "TEXT", precision: 28, scale: 6, nullable: false),
                    scope2kg = table.Column<decimal>(type: "TEXT", precision: 28, scale: 6, nullable: false),
                    scope3kg = table.Column<decimal>(type: "TEXT", precision: 28, scale: 6, nullable: false),
                    period_start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    period_end = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    issued_by_user_id = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    issued_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_verification_statements", x => x.verification_id);
                    table.ForeignKey(
                        name: "fk_verification_statements_verifications_verification_id",
                        column: x => x.verification_id,
                        principalTable: "verifications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "verification_finding_responses",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    finding_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    user_id = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_verification_finding_responses", x => x.id);
                    table.ForeignKey(
                        name: "fk_verification_finding_responses_verification_findings_finding_id",
                        column: x => x.finding_id,
                        principalTable: "verification_findings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_verification_bodies_registration_number",
                table: "verification_bodies",
                column: "registration_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_verification_finding_responses_finding_id",
                table: "verification_finding_responses",
                column: "finding_id");

            migrationBuilder.CreateIndex(
                name: "ix_verification_findings_verification_id_number",
                table: "verification_findings",
                columns: new[] { "verification_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_verifications_body_organisation_id",
                table: "verifications",
                column: "body_organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_verifications_inventory_id",
                table: "verifications",
                column: "inventory_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "verification_finding_responses");

            migrationBuilder.DropTable(
                name: "verification_statements");

            migrationBuilder.DropTable(
                name: "verification_findings");

            migrationBuilder.DropTable(
                name: "verifications");

            migrationBuilder.DropTable(
                name: "verification_bodies");

            migrationBuilder.DropColumn(
                name: "correction_finding_id",
                table: "inventories");
        }
    }
}
