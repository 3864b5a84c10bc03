using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LowCarbonCity.Web.Data.Migrations.Postgres
{
    /// <summary>GWP sets get an English and a Thai name (the former single name is the English one).</summary>
    public partial class GwpSetNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "name",
                table: "gwp_sets",
                newName: "name_en");

            migrationBuilder.AddColumn<string>(
                name: "name_th",
                table: "gwp_sets",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            // Until the reference seed gives each set its Thai name, a set is named in English in both languages.
            migrationBuilder.Sql("UPDATE gwp_sets SET name_th = name_en");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "name_th",
                table: "gwp_sets");

            migrationBuilder.RenameColumn(
                name: "name_en",
                table: "gwp_sets",
                newName: "name");
        }
    }
}
