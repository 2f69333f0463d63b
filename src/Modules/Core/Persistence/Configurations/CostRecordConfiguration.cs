using MediaCreator.Modules.Core.Costs;
using MediaCreator.Modules.Core.Jobs;
using MediaCreator.Modules.Core.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MediaCreator.Modules.Core.Persistence.Configurations;

internal sealed class CostRecordConfiguration : IEntityTypeConfiguration<CostRecord>
{
    public void Configure(EntityTypeBuilder<CostRecord> b)
    {
        b.ToTable("cost_records");
        b.Property(x => x.Provider).HasMaxLength(100);
        b.Property(x => x.ModuleName).HasMaxLength(100);
        b.Property(x => x.Currency).HasMaxLength(3);
        b.Property(x => x.TotalCost).HasPrecision(18, 6);
        b.Property(x => x.Unit).HasConversion<string>().HasMaxLength(20);
        b.HasOne<Project>().WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Job>().WithMany().HasForeignKey(x => x.JobId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.ProjectId, x.CreatedAt });
    }
}
