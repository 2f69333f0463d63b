using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MediaCreator.Modules.Core.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ChildJobs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "parent_job_id",
                table: "jobs",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_jobs_parent_job_id",
                table: "jobs",
                column: "parent_job_id");

            migrationBuilder.AddForeignKey(
                name: "fk_jobs_jobs_parent_job_id",
                table: "jobs",
                column: "parent_job_id",
                principalTable: "jobs",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_jobs_jobs_parent_job_id",
                table: "jobs");

            migrationBuilder.DropIndex(
                name: "ix_jobs_parent_job_id",
                table: "jobs");

            migrationBuilder.DropColumn(
                name: "parent_job_id",
                table: "jobs");
        }
    }
}
