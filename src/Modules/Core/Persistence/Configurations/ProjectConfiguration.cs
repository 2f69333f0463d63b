using MediaCreator.Modules.Core.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MediaCreator.Modules.Core.Persistence.Configurations;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> b)
    {
        b.ToTable("projects");
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Description).HasMaxLength(4000);
        b.HasOne<MediaCreator.Modules.Core.Auth.Owner>().WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.OwnerId, x.CreatedAt });
        b.OwnsOne(x => x.Budget, budget =>
        {
            budget.Property(x => x.Currency).HasMaxLength(3);
            budget.Property(x => x.Enforcement).HasConversion<string>().HasMaxLength(20);
            budget.Property(x => x.Period).HasConversion<string>().HasMaxLength(20);
        });
    }
}
