using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Data;

namespace MediaCreator.Modules.Core.Assets;

internal sealed class AssetFilterInputType : FilterInputType<Asset>
{
    public AssetFilterInputType()
    {
        Name = "AssetFilterInput";
        Description = "Filter for Asset lists (`where:`).";
        IdField("id", "Asset", x => x.Id);
        IdField("projectId", "Project", x => x.ProjectId);
        EnumField<AssetTypeEnumType, AssetType>("type", x => x.Type);
        StringField("fileName", x => x.FileName);
        StringField("mimeType", x => x.MimeType);
        LongField("sizeBytes", x => x.SizeBytes);
        IdField("sourceJobId", "Job", x => x.SourceJobId);
        DateTimeField("createdAt", x => x.CreatedAt);
    }
}

internal sealed class AssetSortInputType : SortInputType<Asset>
{
    public AssetSortInputType()
    {
        Name = "AssetSortInput";
        Description = "Sort fields for Asset lists (`order:`).";
        SortField("fileName", x => x.FileName);
        SortField("type", x => x.Type);
        SortField("sizeBytes", x => x.SizeBytes);
        SortField("createdAt", x => x.CreatedAt);
        DefaultOrder(x => x.CreatedAt, SortDirection.Descending);
    }
}
