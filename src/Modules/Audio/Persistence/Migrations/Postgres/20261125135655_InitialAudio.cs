using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MediaCreator.Modules.Audio.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialAudio : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audio_analysis",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    owner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    asset_id = table.Column<Guid>(type: "uuid", nullable: false),
                    job_id = table.Column<Guid>(type: "uuid", nullable: true),
                    provider = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    bpm = table.Column<double>(type: "double precision", nullable: true),
                    bpm_confidence = table.Column<double>(type: "double precision", nullable: true),
                    key = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    key_confidence = table.Column<double>(type: "double precision", nullable: true),
                    time_signature = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    sections_json = table.Column<string>(type: "jsonb", nullable: false),
                    chords_json = table.Column<string>(type: "jsonb", nullable: false),
                    energy_json = table.Column<string>(type: "jsonb", nullable: false),
                    metadata_json = table.Column<string>(type: "jsonb", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audio_analysis", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "stem_groups",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    owner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    source_asset_id = table.Column<Guid>(type: "uuid", nullable: false),
                    job_id = table.Column<Guid>(type: "uuid", nullable: true),
                    provider = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    stem_assets_json = table.Column<string>(type: "jsonb", nullable: false, comment: "stem_assets: stem type -> asset id"),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stem_groups", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tab_records",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    owner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    audio_asset_id = table.Column<Guid>(type: "uuid", nullable: false),
                    job_id = table.Column<Guid>(type: "uuid", nullable: true),
                    instrument = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    difficulty = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    format = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    content = table.Column<string>(type: "text", nullable: false),
                    mime_type = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    metadata_json = table.Column<string>(type: "jsonb", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tab_records", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audio_analysis_asset_id_created_at",
                table: "audio_analysis",
                columns: new[] { "asset_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_audio_analysis_job_id",
                table: "audio_analysis",
                column: "job_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_stem_groups_job_id",
                table: "stem_groups",
                column: "job_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_stem_groups_source_asset_id_created_at",
                table: "stem_groups",
                columns: new[] { "source_asset_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_tab_records_audio_asset_id_created_at",
                table: "tab_records",
                columns: new[] { "audio_asset_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_tab_records_job_id",
                table: "tab_records",
                column: "job_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audio_analysis");

            migrationBuilder.DropTable(
                name: "stem_groups");

            migrationBuilder.DropTable(
                name: "tab_records");
        }
    }
}
