using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Core.GraphQL.Scalars;

namespace MediaCreator.Modules.Core.Assets;

internal sealed class UploadAssetInputType : InputObjectGraphType
{
    public UploadAssetInputType()
    {
        Name = "UploadAssetInput";
        Description = "Input of `uploadAsset`.";
        Field<NonNullGraphType<IdGraphType>>("projectId");
        // The Upload scalar belongs to the host's transport; Core names it and the host registers it.
        Field("file", new NonNullGraphType(new GraphQLTypeReference("Upload")));
        Field<AssetTypeEnumType>("type").Description("Inferred from the MIME type when omitted.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("tags");
        Field<JsonScalarType>("metadata");
        Field<IdGraphType>("derivedFromId");
    }
}

internal sealed class UploadAssetErrorType() : ErrorUnionType("uploadAsset",
    typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(UnsupportedMediaErrorType), typeof(QuotaExceededErrorType));

internal sealed class UploadAssetPayloadType() : PayloadGraphType<AssetGraphType, UploadAssetErrorType>("uploadAsset", "asset");

internal sealed class DeleteAssetInputType : InputObjectGraphType
{
    public DeleteAssetInputType()
    {
        Name = "DeleteAssetInput";
        Description = "Input of `deleteAsset`.";
        Field<NonNullGraphType<IdGraphType>>("assetId");
    }
}

internal sealed class DeleteAssetErrorType() : ErrorUnionType("deleteAsset", typeof(NotFoundErrorType), typeof(InvalidStateErrorType));

internal sealed class DeleteAssetPayloadType() : PayloadGraphType<IdGraphType, DeleteAssetErrorType>("deleteAsset", "deletedAssetId");
