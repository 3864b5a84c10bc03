using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LowCarbonCity.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReportProfiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "report_profiles",
                columns: table => new
                {
                    organisation_id = table.Column<int>(type: "integer", nullable: false),
                    period = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    preparer_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    preparer_position = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    contact_phone = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    contact_email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    signatory1name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    signatory1position = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    signatory2name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    signatory2position = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    signatory3name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    signatory3position = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    logo = table.Column<byte[]>(type: "bytea", nullable: true),
                    logo_content_type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_report_profiles", x => x.organisation_id);
                    table.ForeignKey(
                        name: "fk_report_profiles_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "report_profiles");
        }
    }
}
