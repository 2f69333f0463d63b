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
        b.Property(x => x.ExternalId).HasMaxLength(500);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Handle).HasMaxLength(200);
        b.Property(x => x.ProtectedAuthConfig).HasColumnName("auth_config");
        b.Property(x => x.ConnectionStatus).HasConversion(StatusText.Converter<PlatformConnectionStatus>()).HasMaxLength(20);
        b.Property(x => x.Scopes).HasMaxLength(2000);
        b.Property(x => x.ConnectionError).HasMaxLength(2000);
        b.HasIndex(x => new { x.OwnerId, x.Platform, x.ExternalId }).IsUnique();
        b.HasIndex(x => x.ChannelId);
    }
}

internal sealed class OAuthConnectionStateConfiguration : IEntityTypeConfiguration<OAuthConnectionState>
{
    public void Configure(EntityTypeBuilder<OAuthConnectionState> b)
    {
        b.ToTable("oauth_connection_states");
        b.Property(x => x.Platform).HasMaxLength(40);
        b.Property(x => x.StateHash).HasMaxLength(64);
        b.Property(x => x.RedirectUri).HasMaxLength(2000);
        b.Property(x => x.ReturnUrl).HasMaxLength(2000);
        b.HasIndex(x => x.StateHash).IsUnique();
        b.HasIndex(x => x.ExpiresAt);
    }
}

internal sealed class PublicationRecordConfiguration : IEntityTypeConfiguration<PublicationRecord>
{
    public void Configure(EntityTypeBuilder<PublicationRecord> b)
    {
        b.ToTable("publication_records");
        b.Property(x => x.Platform).HasMaxLength(40);
        b.Property(x => x.ExternalPostId).HasMaxLength(200);
        b.Property(x => x.PostUrl).HasMaxLength(2000);
        b.Property(x => x.FailCode).HasMaxLength(60);
        b.Property(x => x.Status).HasConversion(StatusText.Converter<PublicationStatus>()).HasMaxLength(20);
        b.HasOne(x => x.Episode).WithMany().HasForeignKey(x => x.EpisodeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.PlatformAccount).WithMany().HasForeignKey(x => x.PlatformAccountId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.EpisodeId, x.Status });
        b.HasIndex(x => new { x.OwnerId, x.Status, x.ScheduledTime });
        b.HasIndex(x => new { x.OwnerId, x.PublishedTime });
        b.HasIndex(x => new { x.ChannelId, x.Status });
        b.HasIndex(x => x.PlatformAccountId);
        b.HasIndex(x => new { x.OwnerId, x.IdempotencyKey }).IsUnique();
    }
}

internal sealed class PerformanceSnapshotConfiguration : IEntityTypeConfiguration<PerformanceSnapshot>
{
    public void Configure(EntityTypeBuilder<PerformanceSnapshot> b)
    {
        b.ToTable("performance_snapshots");
        b.Property(x => x.EstimatedRevenue).HasPrecision(18, 6);
        b.Property(x => x.RevenueGain).HasPrecision(18, 6);
        b.Property(x => x.Currency).HasMaxLength(3);
        b.HasOne(x => x.Publication).WithMany(p => p.Snapshots).HasForeignKey(x => x.PublicationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.PublicationId, x.Timestamp });
        // The dashboard's range scans: one channel (or all of an owner's) between two instants.
        b.HasIndex(x => new { x.ChannelId, x.Timestamp });
        b.HasIndex(x => new { x.OwnerId, x.Timestamp });
        b.HasIndex(x => new { x.EpisodeId, x.Timestamp });
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
        b.Property(x => x.Origin).HasMaxLength(20);
        b.HasOne(x => x.Publication).WithMany(p => p.RevenueRecords).HasForeignKey(x => x.PublicationId).OnDelete(DeleteBehavior.Cascade);
        // One record per publication, source and period: a re-sync or a corrected manual entry replaces it.
        b.HasIndex(x => new { x.PublicationId, x.Source, x.PeriodStart, x.PeriodEnd }).IsUnique();
        b.HasIndex(x => new { x.ChannelId, x.PeriodStart });
        b.HasIndex(x => new { x.OwnerId, x.PeriodStart });
    }
}

internal sealed class ExchangeRateConfiguration : IEntityTypeConfiguration<ExchangeRate>
{
    public void Configure(EntityTypeBuilder<ExchangeRate> b)
    {
        b.ToTable("exchange_rates");
        b.Property(x => x.BaseCurrency).HasMaxLength(3);
        b.Property(x => x.QuoteCurrency).HasMaxLength(3);
        b.Property(x => x.Rate).HasPrecision(18, 8);
        b.Property(x => x.Source).HasMaxLength(200);
        b.HasIndex(x => new { x.OwnerId, x.BaseCurrency, x.QuoteCurrency, x.EffectiveDate }).IsUnique();
    }
}

internal sealed class RecommendationConfiguration : IEntityTypeConfiguration<Recommendation>
{
    public void Configure(EntityTypeBuilder<Recommendation> b)
    {
        b.ToTable("recommendations");
        b.Property(x => x.Type).HasConversion(StatusText.Converter<RecommendationType>()).HasMaxLength(40);
        b.Property(x => x.Severity).HasConversion(StatusText.Converter<RecommendationSeverity>()).HasMaxLength(20);
        b.Property(x => x.Title).HasMaxLength(300);
        b.Property(x => x.Fingerprint).HasMaxLength(300);
        b.HasIndex(x => new { x.OwnerId, x.Fingerprint }).IsUnique();
        b.HasIndex(x => new { x.OwnerId, x.ChannelId, x.CreatedAt });
    }
}
