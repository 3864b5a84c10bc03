using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LowCarbonCity.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LinePreviousLine : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "previous_line_id",
                table: "activity_lines",
                type: "uuid",
                nullable: true);

            // Lines copied before this migration were "NE" with an English placeholder text; they now await a value
            // (no quantity, no notation key) and are not calculated, so their stored NE results go.
            const string copied = "notation_key = 'NE' AND notation_explanation LIKE 'Placeholder copied from %'";
            migrationBuilder.Sql($"DELETE FROM activity_line_results WHERE line_id IN (SELECT id FROM activity_lines WHERE {copied});");
            migrationBuilder.Sql($"UPDATE activity_lines SET notation_key = NULL, notation_explanation = NULL WHERE {copied};");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "previous_line_id",
                table: "activity_lines");
        }
    }
}
