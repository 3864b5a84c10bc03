using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace LowCarbonCity.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FactorPublications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "source_th",
                table: "gwp_sets",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            // Until the reference seed writes the Thai citations, a set's Thai citation is its English one.
            migrationBuilder.Sql("UPDATE gwp_sets SET source_th = source;");

            migrationBuilder.AddColumn<string>(
                name: "publication_key",
                table: "emission_factors",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "factor_publications",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    citation_th = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    citation_en = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    edition_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_factor_publications", x => x.id);
                    table.ForeignKey(
                        name: "fk_factor_publications_emission_factor_editions_edition_id",
                        column: x => x.edition_id,
                        principalTable: "emission_factor_editions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_factor_publications_edition_id_key",
                table: "factor_publications",
                columns: new[] { "edition_id", "key" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "factor_publications");

            migrationBuilder.DropColumn(
                name: "source_th",
                table: "gwp_sets");

            migrationBuilder.DropColumn(
                name: "publication_key",
                table: "emission_factors");
        }
    }
}
