using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LowCarbonCity.Web.Data.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            // Until the reference seed writes the Thai citations, a set's Thai citation is its English one.
            migrationBuilder.Sql("UPDATE gwp_sets SET source_th = source;");

            migrationBuilder.AddColumn<string>(
                name: "publication_key",
                table: "emission_factors",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "factor_publications",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    citation_th = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    citation_en = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    edition_id = table.Column<int>(type: "INTEGER", nullable: false)
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
