using MediaCreator.Modules.Core.Jobs;
using MediaCreator.Modules.Core.Modules;
using MediaCreator.Modules.Core.Projects;
using MediaCreator.Modules.Core.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MediaCreator.Modules.Core.Persistence.Configurations;

internal sealed class JobConfiguration : IEntityTypeConfiguration<Job>
{
    public void Configure(EntityTypeBuilder<Job> b)
    {
        b.ToTable("jobs");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.TaskName).HasMaxLength(200);
        b.Property(x => x.Provider).HasMaxLength(100);
        b.Property(x => x.EstimatedCostCurrency).HasMaxLength(3);
        b.Property(x => x.WorkflowStepKey).HasMaxLength(100);
        b.Property(x => x.WorkerId).HasMaxLength(200);
        b.Ignore(x => x.Failure);
        b.Property(x => x.FailureCode).HasMaxLength(100);
        b.Property(x => x.FailureMessage).HasMaxLength(2000);
        b.Property(x => x.FailureProvider).HasMaxLength(100);
        b.HasOne<Project>().WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ModuleRecord>().WithMany().HasForeignKey(x => x.ModuleId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<WorkflowRun>().WithMany().HasForeignKey(x => x.WorkflowRunId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Job>().WithMany().HasForeignKey(x => x.ParentJobId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(x => x.ParentJobId);
        b.HasIndex(x => new { x.ProjectId, x.CreatedAt });
        b.HasIndex(x => new { x.Status, x.RunAfter });
        b.HasIndex(x => new { x.Status, x.LeaseExpiresAt });
        b.HasIndex(x => new { x.OwnerId, x.IdempotencyKey }).IsUnique();
    }
}
