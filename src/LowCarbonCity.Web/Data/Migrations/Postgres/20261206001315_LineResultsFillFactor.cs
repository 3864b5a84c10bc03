using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LowCarbonCity.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LineResultsFillFactor : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterTable(
                name: "activity_line_results")
                .Annotation("Npgsql:StorageParameter:fillfactor", 50);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterTable(
                name: "activity_line_results")
                .OldAnnotation("Npgsql:StorageParameter:fillfactor", 50);
        }
    }
}
