using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MediaCreator.Modules.Core.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class WorkflowOrchestration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "episode_id",
                table: "workflow_runs",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "idempotency_key",
                table: "workflow_runs",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "on_step_failure",
                table: "workflow_runs",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "outcome_json",
                table: "workflow_runs",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "paused_reason",
                table: "workflow_runs",
                type: "TEXT",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "revision",
                table: "workflow_runs",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "ix_workflow_runs_owner_id_idempotency_key",
                table: "workflow_runs",
                columns: new[] { "owner_id", "idempotency_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_workflow_runs_status",
                table: "workflow_runs",
                column: "status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_workflow_runs_owner_id_idempotency_key",
                table: "workflow_runs");

            migrationBuilder.DropIndex(
                name: "ix_workflow_runs_status",
                table: "workflow_runs");

            migrationBuilder.DropColumn(
                name: "episode_id",
                table: "workflow_runs");

            migrationBuilder.DropColumn(
                name: "idempotency_key",
                table: "workflow_runs");

            migrationBuilder.DropColumn(
                name: "on_step_failure",
                table: "workflow_runs");

            migrationBuilder.DropColumn(
                name: "outcome_json",
                table: "workflow_runs");

            migrationBuilder.DropColumn(
                name: "paused_reason",
                table: "workflow_runs");

            migrationBuilder.DropColumn(
                name: "revision",
                table: "workflow_runs");
        }
    }
}
