using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MediaCreator.Modules.Video.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialVideo : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "subtitle_results",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    owner_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    project_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    source_asset_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    job_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    language = table.Column<string>(type: "TEXT", maxLength: 35, nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    transcript = table.Column<string>(type: "TEXT", nullable: false),
                    segments_json = table.Column<string>(type: "TEXT", nullable: false),
                    subtitle_asset_ids_json = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_subtitle_results", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "timelines",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    owner_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    project_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    revision = table.Column<int>(type: "INTEGER", nullable: false),
                    document_json = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_timelines", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_subtitle_results_job_id",
                table: "subtitle_results",
                column: "job_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_subtitle_results_source_asset_id_created_at",
                table: "subtitle_results",
                columns: new[] { "source_asset_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_timelines_project_id_created_at",
                table: "timelines",
                columns: new[] { "project_id", "created_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "subtitle_results");

            migrationBuilder.DropTable(
                name: "timelines");
        }
    }
}
