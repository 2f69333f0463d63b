using MediaCreator.Modules.Publishing.Dashboard;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MediaCreator.Modules.Publishing.Persistence.Configurations;

internal sealed class ContentChannelConfiguration : IEntityTypeConfiguration<ContentChannel>
{
    public void Configure(EntityTypeBuilder<ContentChannel> b)
    {
        b.ToTable("content_channels");
        b.Property(x => x.Name).HasMaxLength(200);
        b.HasIndex(x => new { x.OwnerId, x.CreatedAt });
    }
}

internal sealed class SeriesConfiguration : IEntityTypeConfiguration<Series>
{
    public void Configure(EntityTypeBuilder<Series> b)
    {
        b.ToTable("series");
        b.Property(x => x.ChannelId).HasColumnName("content_channel_id");
        b.Property(x => x.Name).HasMaxLength(200);
        b.HasOne(x => x.Channel).WithMany().HasForeignKey(x => x.ChannelId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.OwnerId, x.CreatedAt });
    }
}

internal sealed class EpisodeConfiguration : IEntityTypeConfiguration<Episode>
{
    public void Configure(EntityTypeBuilder<Episode> b)
    {
        b.ToTable("episodes");
        b.Property(x => x.Title).HasMaxLength(500);
        b.Property(x => x.Status).HasConversion(StatusText.Converter<EpisodeStatus>()).HasMaxLength(20);
        b.HasOne(x => x.Series).WithMany().HasForeignKey(x => x.SeriesId).OnDelete(DeleteBehavior.Cascade);
        // NULLs are distinct in both databases, so only set run ids must be unique.
        b.HasIndex(x => x.WorkflowRunId).IsUnique();
        b.HasIndex(x => new { x.SeriesId, x.CreatedAt });
        b.HasIndex(x => new { x.ProjectId, x.CreatedAt });
        b.HasIndex(x => new { x.OwnerId, x.Status });
    }
}
