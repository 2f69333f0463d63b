using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MediaCreator.Modules.Image.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialImage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "template_layouts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    owner_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    structure_json = table.Column<string>(type: "TEXT", nullable: false),
                    preview_asset_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_template_layouts", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_template_layouts_category",
                table: "template_layouts",
                column: "category");

            migrationBuilder.CreateIndex(
                name: "ix_template_layouts_owner_id_name",
                table: "template_layouts",
                columns: new[] { "owner_id", "name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "template_layouts");
        }
    }
}
