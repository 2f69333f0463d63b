using GraphQL;
using GraphQL.Types;
using MediaCreator.Modules.Core.Assets.Delete;
using MediaCreator.Modules.Core.Assets.Upload;
using MediaCreator.Modules.Core.GraphQL;

namespace MediaCreator.Modules.Core.Assets;

internal sealed class AssetMutations : IMutationFields
{
    public void AddTo(ObjectGraphType root)
    {
        root.Field<NonNullGraphType<UploadAssetPayloadType>>("uploadAsset")
            .Description("Uploads a file into unified storage as an Asset (multipart request). Emits ASSET_CREATED.")
            .Argument<NonNullGraphType<UploadAssetInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                var file = c.Service<UploadReader>()(input["file"])
                    ?? throw new ExecutionError("input.file must be a file part of a multipart request.") { Code = "INVALID_UPLOAD" };
                var command = new UploadAssetCommand((string)input["projectId"]!, file, input.GetValueOrDefault("type") as AssetType?,
                    (input.GetValueOrDefault("tags") as IEnumerable<object?>)?.OfType<string>().ToList() ?? [],
                    JsonValues.Serialize(input.GetValueOrDefault("metadata")), input.GetValueOrDefault("derivedFromId") as string);
                return await c.Service<UploadAssetHandler>().UploadAsync(command, c.CancellationToken);
            });
        root.Field<NonNullGraphType<DeleteAssetPayloadType>>("deleteAsset")
            .Description("Deletes an asset that is not referenced by an episode or publication.")
            .Argument<NonNullGraphType<DeleteAssetInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                return await c.Service<DeleteAssetHandler>().DeleteAsync((string)input["assetId"]!, c.CancellationToken);
            });
    }
}
