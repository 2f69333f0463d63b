using MediaCreator.Modules.Core.Projects;
using MediaCreator.Modules.Core.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MediaCreator.Modules.Core.Persistence.Configurations;

internal sealed class WorkflowRunConfiguration : IEntityTypeConfiguration<WorkflowRun>
{
    public void Configure(EntityTypeBuilder<WorkflowRun> b)
    {
        b.ToTable("workflow_runs");
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Currency).HasMaxLength(3);
        b.Property(x => x.OnStepFailure).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.PausedReason).HasMaxLength(60);
        b.Property(x => x.Revision).IsConcurrencyToken();
        b.OwnsMany(x => x.Steps, steps =>
        {
            steps.ToJson("steps");
            steps.Property(x => x.Status).HasConversion<string>();
            steps.OwnsMany(x => x.Bindings);
        });
        b.HasOne<Project>().WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.ProjectId, x.CreatedAt });
        // The orchestrator's scan: runs still moving.
        b.HasIndex(x => x.Status);
        b.HasIndex(x => new { x.OwnerId, x.IdempotencyKey }).IsUnique();
    }
}
