using MediaCreator.Modules.Core.Assets;
using MediaCreator.Modules.Core.Jobs;
using MediaCreator.Modules.Core.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MediaCreator.Modules.Core.Persistence.Configurations;

internal sealed class AssetConfiguration : IEntityTypeConfiguration<Asset>
{
    public void Configure(EntityTypeBuilder<Asset> b)
    {
        b.ToTable("assets");
        b.Property(x => x.Type).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.FileName).HasMaxLength(500);
        b.Property(x => x.MimeType).HasMaxLength(200);
        b.Property(x => x.Path).HasMaxLength(1000);
        b.HasOne<Project>().WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Job>().WithMany().HasForeignKey(x => x.SourceJobId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Asset>().WithMany().HasForeignKey(x => x.DerivedFromId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(x => new { x.ProjectId, x.CreatedAt });
        b.HasIndex(x => x.OwnerId);
        b.HasIndex(x => new { x.SourceJobId, x.OutputIndex }).IsUnique();
    }
}
