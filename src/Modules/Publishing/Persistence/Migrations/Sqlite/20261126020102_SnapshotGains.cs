using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MediaCreator.Modules.Publishing.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SnapshotGains : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "comments_gain",
                table: "performance_snapshots",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "likes_gain",
                table: "performance_snapshots",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<double>(
                name: "revenue_gain",
                table: "performance_snapshots",
                type: "REAL",
                precision: 18,
                scale: 6,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "shares_gain",
                table: "performance_snapshots",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "views_gain",
                table: "performance_snapshots",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<double>(
                name: "watch_time_gain",
                table: "performance_snapshots",
                type: "REAL",
                nullable: false,
                defaultValue: 0.0);

            // Snapshots stored before: their gains over the previous snapshot of their publication.
            migrationBuilder.Sql(SnapshotGainsBackfill.Sql("IS"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "comments_gain",
                table: "performance_snapshots");

            migrationBuilder.DropColumn(
                name: "likes_gain",
                table: "performance_snapshots");

            migrationBuilder.DropColumn(
                name: "revenue_gain",
                table: "performance_snapshots");

            migrationBuilder.DropColumn(
                name: "shares_gain",
                table: "performance_snapshots");

            migrationBuilder.DropColumn(
                name: "views_gain",
                table: "performance_snapshots");

            migrationBuilder.DropColumn(
                name: "watch_time_gain",
                table: "performance_snapshots");
        }
    }
}
