using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Relay;

namespace MediaCreator.Modules.Core.Assets;

internal sealed class AssetQueries : IQueryFields
{
    public void AddTo(ObjectGraphType root)
    {
        root.AddById<AssetGraphType, Asset>("asset", "Asset", "An asset by ID, with typed metadata per kind (REST `GET /image/{asset_id}/details`, `GET /video/{asset_id}/details`).", c => c.CoreDb().Assets);
        root.Connection<AssetsConnectionType, Asset>("assets", c => c.CoreDb().Assets, x => x.Id)
            .Filter<AssetFilterInputType>().Sort<AssetSortInputType>()
            .Description("Assets across the caller's projects.");
    }
}
