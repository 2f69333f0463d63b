using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MediaCreator.Modules.Publishing.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialPublishing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "content_channels",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    owner_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "TEXT", nullable: true),
                    metadata_json = table.Column<string>(type: "TEXT", nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_content_channels", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "platform_accounts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    platform = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    external_id = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    handle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    metadata_json = table.Column<string>(type: "TEXT", nullable: true),
                    auth_config_json = table.Column<string>(type: "TEXT", nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform_accounts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "series",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    owner_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    content_channel_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "TEXT", nullable: true),
                    metadata_json = table.Column<string>(type: "TEXT", nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_series", x => x.id);
                    table.ForeignKey(
                        name: "fk_series_channels_channel_id",
                        column: x => x.content_channel_id,
                        principalTable: "content_channels",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "episodes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    owner_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    series_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    project_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    primary_asset_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    description = table.Column<string>(type: "TEXT", nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    metadata_json = table.Column<string>(type: "TEXT", nullable: true),
                    workflow_run_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_episodes", x => x.id);
                    table.ForeignKey(
                        name: "fk_episodes_series_series_id",
                        column: x => x.series_id,
                        principalTable: "series",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "publication_records",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    owner_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    episode_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    platform_account_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    platform = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    external_post_id = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    scheduled_time = table.Column<DateTime>(type: "TEXT", nullable: true),
                    published_time = table.Column<DateTime>(type: "TEXT", nullable: true),
                    fail_reason = table.Column<string>(type: "TEXT", nullable: true),
                    metadata_json = table.Column<string>(type: "TEXT", nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_publication_records", x => x.id);
                    table.ForeignKey(
                        name: "fk_publication_records_episodes_episode_id",
                        column: x => x.episode_id,
                        principalTable: "episodes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_publication_records_platform_accounts_platform_account_id",
                        column: x => x.platform_account_id,
                        principalTable: "platform_accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "performance_snapshots",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    owner_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    publication_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    timestamp = table.Column<DateTime>(type: "TEXT", nullable: false),
                    views = table.Column<long>(type: "INTEGER", nullable: false),
                    likes = table.Column<long>(type: "INTEGER", nullable: false),
                    comments = table.Column<long>(type: "INTEGER", nullable: false),
                    shares = table.Column<long>(type: "INTEGER", nullable: false),
                    watch_time_seconds = table.Column<double>(type: "REAL", nullable: false),
                    ctr = table.Column<double>(type: "REAL", nullable: true),
                    engagement_rate = table.Column<double>(type: "REAL", nullable: true),
                    estimated_revenue = table.Column<double>(type: "REAL", precision: 18, scale: 6, nullable: true),
                    metadata_json = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_performance_snapshots", x => x.id);
                    table.ForeignKey(
                        name: "fk_performance_snapshots_publications_publication_id",
                        column: x => x.publication_id,
                        principalTable: "publication_records",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "revenue_records",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    owner_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    publication_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    amount = table.Column<double>(type: "REAL", precision: 18, scale: 6, nullable: false),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    period_start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    period_end = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    metadata_json = table.Column<string>(type: "TEXT", nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_revenue_records", x => x.id);
                    table.ForeignKey(
                        name: "fk_revenue_records_publications_publication_id",
                        column: x => x.publication_id,
                        principalTable: "publication_records",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_content_channels_owner_id_created_at",
                table: "content_channels",
                columns: new[] { "owner_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_episodes_owner_id_status",
                table: "episodes",
                columns: new[] { "owner_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_episodes_project_id_created_at",
                table: "episodes",
                columns: new[] { "project_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_episodes_series_id_created_at",
                table: "episodes",
                columns: new[] { "series_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_episodes_workflow_run_id",
                table: "episodes",
                column: "workflow_run_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_performance_snapshots_publication_id_timestamp",
                table: "performance_snapshots",
                columns: new[] { "publication_id", "timestamp" });

            migrationBuilder.CreateIndex(
                name: "ix_platform_accounts_user_id_platform_external_id",
                table: "platform_accounts",
                columns: new[] { "user_id", "platform", "external_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_publication_records_episode_id_status",
                table: "publication_records",
                columns: new[] { "episode_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_publication_records_owner_id_published_time",
                table: "publication_records",
                columns: new[] { "owner_id", "published_time" });

            migrationBuilder.CreateIndex(
                name: "ix_publication_records_owner_id_status_scheduled_time",
                table: "publication_records",
                columns: new[] { "owner_id", "status", "scheduled_time" });

            migrationBuilder.CreateIndex(
                name: "ix_publication_records_platform_account_id",
                table: "publication_records",
                column: "platform_account_id");

            migrationBuilder.CreateIndex(
                name: "ix_revenue_records_publication_id_period_start",
                table: "revenue_records",
                columns: new[] { "publication_id", "period_start" });

            migrationBuilder.CreateIndex(
                name: "ix_series_channel_id",
                table: "series",
                column: "content_channel_id");

            migrationBuilder.CreateIndex(
                name: "ix_series_owner_id_created_at",
                table: "series",
                columns: new[] { "owner_id", "created_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "performance_snapshots");

            migrationBuilder.DropTable(
                name: "revenue_records");

            migrationBuilder.DropTable(
                name: "publication_records");

            migrationBuilder.DropTable(
                name: "episodes");

            migrationBuilder.DropTable(
                name: "platform_accounts");

            migrationBuilder.DropTable(
                name: "series");

            migrationBuilder.DropTable(
                name: "content_channels");
        }
    }
}
