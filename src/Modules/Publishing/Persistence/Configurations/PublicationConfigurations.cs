using MediaCreator.Modules.Publishing.Dashboard;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MediaCreator.Modules.Publishing.Persistence.Configurations;

internal sealed class PlatformAccountConfiguration : IEntityTypeConfiguration<PlatformAccount>
{
    public void Configure(EntityTypeBuilder<PlatformAccount> b)
    {
        b.ToTable("platform_accounts");
        b.Property(x => x.OwnerId).HasColumnName("user_id");
        b.Property(x => x.Platform).HasMaxLength(40);
        b.Property(x => x.ExternalId).HasMaxLength(200);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Handle).HasMaxLength(200);
        b.HasIndex(x => new { x.OwnerId, x.Platform, x.ExternalId }).IsUnique();
    }
}

internal sealed class PublicationRecordConfiguration : IEntityTypeConfiguration<PublicationRecord>
{
    public void Configure(EntityTypeBuilder<PublicationRecord> b)
    {
        b.ToTable("publication_records");
        b.Property(x => x.Platform).HasMaxLength(40);
        b.Property(x => x.ExternalPostId).HasMaxLength(200);
        b.Property(x => x.Status).HasConversion(StatusText.Converter<PublicationStatus>()).HasMaxLength(20);
        b.HasOne(x => x.Episode).WithMany().HasForeignKey(x => x.EpisodeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.PlatformAccount).WithMany().HasForeignKey(x => x.PlatformAccountId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.EpisodeId, x.Status });
        b.HasIndex(x => new { x.OwnerId, x.Status, x.ScheduledTime });
        b.HasIndex(x => new { x.OwnerId, x.PublishedTime });
        b.HasIndex(x => x.PlatformAccountId);
    }
}

internal sealed class PerformanceSnapshotConfiguration : IEntityTypeConfiguration<PerformanceSnapshot>
{
    public void Configure(EntityTypeBuilder<PerformanceSnapshot> b)
    {
        b.ToTable("performance_snapshots");
        b.Property(x => x.EstimatedRevenue).HasPrecision(18, 6);
        b.HasOne(x => x.Publication).WithMany(p => p.Snapshots).HasForeignKey(x => x.PublicationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.PublicationId, x.Timestamp });
    }
}

internal sealed class RevenueRecordConfiguration : IEntityTypeConfiguration<RevenueRecord>
{
    public void Configure(EntityTypeBuilder<RevenueRecord> b)
    {
        b.ToTable("revenue_records");
        b.Property(x => x.Source).HasMaxLength(40);
        b.Property(x => x.Amount).HasPrecision(18, 6);
        b.Property(x => x.Currency).HasMaxLength(3);
        b.HasOne(x => x.Publication).WithMany(p => p.RevenueRecords).HasForeignKey(x => x.PublicationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.PublicationId, x.PeriodStart });
    }
}
