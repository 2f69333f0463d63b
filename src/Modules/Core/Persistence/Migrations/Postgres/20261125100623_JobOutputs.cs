using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MediaCreator.Modules.Core.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class JobOutputs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_assets_source_job_id",
                table: "assets");

            migrationBuilder.AddColumn<int>(
                name: "output_index",
                table: "assets",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_assets_source_job_id_output_index",
                table: "assets",
                columns: new[] { "source_job_id", "output_index" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_assets_source_job_id_output_index",
                table: "assets");

            migrationBuilder.DropColumn(
                name: "output_index",
                table: "assets");

            migrationBuilder.CreateIndex(
                name: "ix_assets_source_job_id",
                table: "assets",
                column: "source_job_id");
        }
    }
}
