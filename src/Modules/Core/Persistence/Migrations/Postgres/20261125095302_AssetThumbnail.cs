using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MediaCreator.Modules.Core.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AssetThumbnail : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "thumbnail_path",
                table: "assets",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "thumbnail_path",
                table: "assets");
        }
    }
}
