using MediaCreator.Modules.Core.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MediaCreator.Modules.Core.Persistence.Configurations;

internal sealed class ModuleRecordConfiguration : IEntityTypeConfiguration<ModuleRecord>
{
    public void Configure(EntityTypeBuilder<ModuleRecord> b)
    {
        b.ToTable("modules");
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.DisplayName).HasMaxLength(200);
        b.Property(x => x.Version).HasMaxLength(50);
        b.Property(x => x.Category).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(x => x.Name).IsUnique();
        b.OwnsMany(x => x.Capabilities, c => c.ToJson("capabilities"));
        b.OwnsMany(x => x.Providers, p =>
        {
            p.ToJson("providers");
            p.OwnsOne(x => x.CostProfile, cp => cp.Property(x => x.Unit).HasConversion<string>());
        });
        b.OwnsOne(x => x.CostProfile, cp =>
        {
            cp.Property(x => x.Currency).HasMaxLength(3);
            cp.Property(x => x.Unit).HasConversion<string>().HasMaxLength(20);
        });
    }
}
