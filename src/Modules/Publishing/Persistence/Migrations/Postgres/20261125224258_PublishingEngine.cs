using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace MediaCreator.Modules.Publishing.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PublishingEngine : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_revenue_records_publication_id_period_start",
                table: "revenue_records");

            migrationBuilder.DropColumn(
                name: "auth_config_json",
                table: "platform_accounts");

            migrationBuilder.AddColumn<Guid>(
                name: "channel_id",
                table: "revenue_records",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "origin",
                table: "revenue_records",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "approved_at",
                table: "publication_records",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "asset_id",
                table: "publication_records",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "channel_id",
                table: "publication_records",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "details_json",
                table: "publication_records",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "fail_code",
                table: "publication_records",
                type: "character varying(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "idempotency_key",
                table: "publication_records",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "post_url",
                table: "publication_records",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "requires_approval",
                table: "publication_records",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "updated_at",
                table: "publication_records",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "upload_job_id",
                table: "publication_records",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "upload_state_json",
                table: "publication_records",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "external_id",
                table: "platform_accounts",
                type: "character varying(500)",
                maxLength: 500,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);

            migrationBuilder.AddColumn<string>(
                name: "auth_config",
                table: "platform_accounts",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "channel_id",
                table: "platform_accounts",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "connection_error",
                table: "platform_accounts",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "connection_status",
                table: "platform_accounts",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "credentials_expire_at",
                table: "platform_accounts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "scopes",
                table: "platform_accounts",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "updated_at",
                table: "platform_accounts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "channel_id",
                table: "performance_snapshots",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "currency",
                table: "performance_snapshots",
                type: "character varying(3)",
                maxLength: 3,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "episode_id",
                table: "performance_snapshots",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    friendly_name = table.Column<string>(type: "text", nullable: true),
                    xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_protection_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "exchange_rates",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    owner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    base_currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    quote_currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    rate = table.Column<decimal>(type: "numeric(18,8)", precision: 18, scale: 8, nullable: false),
                    effective_date = table.Column<DateOnly>(type: "date", nullable: false),
                    source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_exchange_rates", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "oauth_connection_states",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    owner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    platform = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    state_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    protected_code_verifier = table.Column<string>(type: "text", nullable: true),
                    redirect_uri = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    return_url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    channel_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    consumed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_oauth_connection_states", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "recommendations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    owner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    severity = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    summary = table.Column<string>(type: "text", nullable: false),
                    confidence = table.Column<double>(type: "double precision", nullable: true),
                    channel_id = table.Column<Guid>(type: "uuid", nullable: true),
                    series_id = table.Column<Guid>(type: "uuid", nullable: true),
                    project_id = table.Column<Guid>(type: "uuid", nullable: true),
                    data_json = table.Column<string>(type: "jsonb", nullable: false),
                    narrative = table.Column<string>(type: "text", nullable: true),
                    fingerprint = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    expires_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    dismissed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_recommendations", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_revenue_records_channel_id_period_start",
                table: "revenue_records",
                columns: new[] { "channel_id", "period_start" });

            migrationBuilder.CreateIndex(
                name: "ix_revenue_records_owner_id_period_start",
                table: "revenue_records",
                columns: new[] { "owner_id", "period_start" });

            migrationBuilder.CreateIndex(
                name: "ix_revenue_records_publication_id_source_period_start_period_e",
                table: "revenue_records",
                columns: new[] { "publication_id", "source", "period_start", "period_end" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_publication_records_channel_id_status",
                table: "publication_records",
                columns: new[] { "channel_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_publication_records_owner_id_idempotency_key",
                table: "publication_records",
                columns: new[] { "owner_id", "idempotency_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_platform_accounts_channel_id",
                table: "platform_accounts",
                column: "channel_id");

            migrationBuilder.CreateIndex(
                name: "ix_performance_snapshots_channel_id_timestamp",
                table: "performance_snapshots",
                columns: new[] { "channel_id", "timestamp" });

            migrationBuilder.CreateIndex(
                name: "ix_performance_snapshots_episode_id_timestamp",
                table: "performance_snapshots",
                columns: new[] { "episode_id", "timestamp" });

            migrationBuilder.CreateIndex(
                name: "ix_performance_snapshots_owner_id_timestamp",
                table: "performance_snapshots",
                columns: new[] { "owner_id", "timestamp" });

            migrationBuilder.CreateIndex(
                name: "ix_exchange_rates_owner_id_base_currency_quote_currency_effect",
                table: "exchange_rates",
                columns: new[] { "owner_id", "base_currency", "quote_currency", "effective_date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_oauth_connection_states_expires_at",
                table: "oauth_connection_states",
                column: "expires_at");

            migrationBuilder.CreateIndex(
                name: "ix_oauth_connection_states_state_hash",
                table: "oauth_connection_states",
                column: "state_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_recommendations_owner_id_channel_id_created_at",
                table: "recommendations",
                columns: new[] { "owner_id", "channel_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_recommendations_owner_id_fingerprint",
                table: "recommendations",
                columns: new[] { "owner_id", "fingerprint" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "data_protection_keys");

            migrationBuilder.DropTable(
                name: "exchange_rates");

            migrationBuilder.DropTable(
                name: "oauth_connection_states");

            migrationBuilder.DropTable(
                name: "recommendations");

            migrationBuilder.DropIndex(
                name: "ix_revenue_records_channel_id_period_start",
                table: "revenue_records");

            migrationBuilder.DropIndex(
                name: "ix_revenue_records_owner_id_period_start",
                table: "revenue_records");

            migrationBuilder.DropIndex(
                name: "ix_revenue_records_publication_id_source_period_start_period_e",
                table: "revenue_records");

            migrationBuilder.DropIndex(
                name: "ix_publication_records_channel_id_status",
                table: "publication_records");

            migrationBuilder.DropIndex(
                name: "ix_publication_records_owner_id_idempotency_key",
                table: "publication_records");

            migrationBuilder.DropIndex(
                name: "ix_platform_accounts_channel_id",
                table: "platform_accounts");

            migrationBuilder.DropIndex(
                name: "ix_performance_snapshots_channel_id_timestamp",
                table: "performance_snapshots");

            migrationBuilder.DropIndex(
                name: "ix_performance_snapshots_episode_id_timestamp",
                table: "performance_snapshots");

            migrationBuilder.DropIndex(
                name: "ix_performance_snapshots_owner_id_timestamp",
                table: "performance_snapshots");

            migrationBuilder.DropColumn(
                name: "channel_id",
                table: "revenue_records");

            migrationBuilder.DropColumn(
                name: "origin",
                table: "revenue_records");

            migrationBuilder.DropColumn(
                name: "approved_at",
                table: "publication_records");

            migrationBuilder.DropColumn(
                name: "asset_id",
                table: "publication_records");

            migrationBuilder.DropColumn(
                name: "channel_id",
                table: "publication_records");

            migrationBuilder.DropColumn(
                name: "details_json",
                table: "publication_records");

            migrationBuilder.DropColumn(
                name: "fail_code",
                table: "publication_records");

            migrationBuilder.DropColumn(
                name: "idempotency_key",
                table: "publication_records");

            migrationBuilder.DropColumn(
                name: "post_url",
                table: "publication_records");

            migrationBuilder.DropColumn(
                name: "requires_approval",
                table: "publication_records");

            migrationBuilder.DropColumn(
                name: "updated_at",
                table: "publication_records");

            migrationBuilder.DropColumn(
                name: "upload_job_id",
                table: "publication_records");

            migrationBuilder.DropColumn(
                name: "upload_state_json",
                table: "publication_records");

            migrationBuilder.DropColumn(
                name: "auth_config",
                table: "platform_accounts");

            migrationBuilder.DropColumn(
                name: "channel_id",
                table: "platform_accounts");

            migrationBuilder.DropColumn(
                name: "connection_error",
                table: "platform_accounts");

            migrationBuilder.DropColumn(
                name: "connection_status",
                table: "platform_accounts");

            migrationBuilder.DropColumn(
                name: "credentials_expire_at",
                table: "platform_accounts");

            migrationBuilder.DropColumn(
                name: "scopes",
                table: "platform_accounts");

            migrationBuilder.DropColumn(
                name: "updated_at",
                table: "platform_accounts");

            migrationBuilder.DropColumn(
                name: "channel_id",
                table: "performance_snapshots");

            migrationBuilder.DropColumn(
                name: "currency",
                table: "performance_snapshots");

            migrationBuilder.DropColumn(
                name: "episode_id",
                table: "performance_snapshots");

            migrationBuilder.AlterColumn<string>(
                name: "external_id",
                table: "platform_accounts",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(500)",
                oldMaxLength: 500);

            migrationBuilder.AddColumn<string>(
                name: "auth_config_json",
                table: "platform_accounts",
                type: "jsonb",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_revenue_records_publication_id_period_start",
                table: "revenue_records",
                columns: new[] { "publication_id", "period_start" });
        }
    }
}
