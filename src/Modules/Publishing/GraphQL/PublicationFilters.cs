using MediaCreator.Modules.Core.GraphQL.Data;
using MediaCreator.Modules.Publishing.Dashboard;

namespace MediaCreator.Modules.Publishing.GraphQL;

internal sealed class PublicationRecordFilterInputType : FilterInputType<PublicationRecord>
{
    public PublicationRecordFilterInputType()
    {
        Name = "PublicationRecordFilterInput";
        Description = "Filter for PublicationRecord lists (`where:`).";
        IdField("id", "PublicationRecord", x => x.Id);
        IdField("episodeId", "Episode", x => x.EpisodeId);
        IdField("platformAccountId", "PlatformAccount", x => x.PlatformAccountId);
        IdField("channelId", "ContentChannel", x => x.ChannelId);
        EnumField<PublicationStatusType, PublicationStatus>("status", x => x.Status);
        StringField("externalPostId", x => x.ExternalPostId);
        DateTimeField("scheduledTime", x => x.ScheduledTime);
        DateTimeField("publishedTime", x => x.PublishedTime);
        DateTimeField("createdAt", x => x.CreatedAt);
    }
}

internal sealed class PublicationRecordSortInputType : SortInputType<PublicationRecord>
{
    public PublicationRecordSortInputType()
    {
        Name = "PublicationRecordSortInput";
        Description = "Sort fields for PublicationRecord lists (`order:`).";
        SortField("status", x => x.Status);
        SortField("platform", x => x.Platform);
        SortField("scheduledTime", x => x.ScheduledTime);
        SortField("publishedTime", x => x.PublishedTime);
        SortField("createdAt", x => x.CreatedAt);
        DefaultOrder(x => x.CreatedAt, SortDirection.Descending);
    }
}

internal sealed class PerformanceSnapshotFilterInputType : FilterInputType<PerformanceSnapshot>
{
    public PerformanceSnapshotFilterInputType()
    {
        Name = "PerformanceSnapshotFilterInput";
        Description = "Filter for PerformanceSnapshot lists (`where:`).";
        DateTimeField("timestamp", x => x.Timestamp);
        LongField("views", x => x.Views);
        FloatField("engagementRate", x => x.EngagementRate);
    }
}

internal sealed class PerformanceSnapshotSortInputType : SortInputType<PerformanceSnapshot>
{
    public PerformanceSnapshotSortInputType()
    {
        Name = "PerformanceSnapshotSortInput";
        Description = "Sort fields for PerformanceSnapshot lists (`order:`).";
        SortField("timestamp", x => x.Timestamp);
        SortField("views", x => x.Views);
        DefaultOrder(x => x.Timestamp, SortDirection.Descending);
    }
}

internal sealed class RevenueRecordFilterInputType : FilterInputType<RevenueRecord>
{
    public RevenueRecordFilterInputType()
    {
        Name = "RevenueRecordFilterInput";
        Description = "Filter for RevenueRecord lists (`where:`).";
        DecimalField("amount", x => x.Amount);
        StringField("currency", x => x.Currency);
        DateField("periodStart", x => x.PeriodStart);
        DateField("periodEnd", x => x.PeriodEnd);
    }
}

internal sealed class RevenueRecordSortInputType : SortInputType<RevenueRecord>
{
    public RevenueRecordSortInputType()
    {
        Name = "RevenueRecordSortInput";
        Description = "Sort fields for RevenueRecord lists (`order:`).";
        SortField("periodStart", x => x.PeriodStart);
        SortField("amount", x => x.Amount);
        SortField("createdAt", x => x.CreatedAt);
        DefaultOrder(x => x.PeriodStart, SortDirection.Descending);
    }
}
