using MediaCreator.Modules.Core.GraphQL.Data;
using MediaCreator.Modules.Publishing.Dashboard;

namespace MediaCreator.Modules.Publishing.GraphQL;

internal sealed class ContentChannelFilterInputType : FilterInputType<ContentChannel>
{
    public ContentChannelFilterInputType()
    {
        Name = "ContentChannelFilterInput";
        Description = "Filter for ContentChannel lists (`where:`).";
        IdField("id", "ContentChannel", x => x.Id);
        StringField("name", x => x.Name);
        UuidField("ownerId", x => x.OwnerId);
        DateTimeField("createdAt", x => x.CreatedAt);
    }
}

internal sealed class ContentChannelSortInputType : SortInputType<ContentChannel>
{
    public ContentChannelSortInputType()
    {
        Name = "ContentChannelSortInput";
        Description = "Sort fields for ContentChannel lists (`order:`).";
        SortField("name", x => x.Name);
        SortField("createdAt", x => x.CreatedAt);
        DefaultOrder(x => x.CreatedAt, SortDirection.Ascending);
    }
}

internal sealed class SeriesFilterInputType : FilterInputType<Series>
{
    public SeriesFilterInputType()
    {
        Name = "SeriesFilterInput";
        Description = "Filter for Series lists (`where:`).";
        IdField("id", "Series", x => x.Id);
        IdField("channelId", "ContentChannel", x => x.ChannelId);
        StringField("name", x => x.Name);
        DateTimeField("createdAt", x => x.CreatedAt);
    }
}

internal sealed class SeriesSortInputType : SortInputType<Series>
{
    public SeriesSortInputType()
    {
        Name = "SeriesSortInput";
        Description = "Sort fields for Series lists (`order:`).";
        SortField("name", x => x.Name);
        SortField("createdAt", x => x.CreatedAt);
        DefaultOrder(x => x.CreatedAt, SortDirection.Ascending);
    }
}

internal sealed class EpisodeFilterInputType : FilterInputType<Episode>
{
    public EpisodeFilterInputType()
    {
        Name = "EpisodeFilterInput";
        Description = "Filter for Episode lists (`where:`).";
        IdField("id", "Episode", x => x.Id);
        IdField("seriesId", "Series", x => x.SeriesId);
        IdField("channelId", "ContentChannel", x => x.Series!.ChannelId);
        IdField("projectId", "Project", x => x.ProjectId);
        StringField("title", x => x.Title);
        EnumField<EpisodeStatusType, EpisodeStatus>("status", x => x.Status);
        DateTimeField("createdAt", x => x.CreatedAt);
    }
}

internal sealed class EpisodeSortInputType : SortInputType<Episode>
{
    public EpisodeSortInputType()
    {
        Name = "EpisodeSortInput";
        Description = "Sort fields for Episode lists (`order:`).";
        SortField("title", x => x.Title);
        SortField("status", x => x.Status);
        SortField("createdAt", x => x.CreatedAt);
        DefaultOrder(x => x.CreatedAt, SortDirection.Descending);
    }
}
