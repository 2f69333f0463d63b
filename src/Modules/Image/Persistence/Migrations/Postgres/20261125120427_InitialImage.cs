using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MediaCreator.Modules.Image.Persistence.Migrations.Postgres
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    owner_id = table.Column<Guid>(type: "uuid", nullable: true),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    structure_json = table.Column<string>(type: "jsonb", nullable: false),
                    preview_asset_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
