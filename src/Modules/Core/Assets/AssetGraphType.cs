using GraphQL;
using GraphQL.Types;
using MediaCreator.Modules.Core.Assets.Content;
using MediaCreator.Modules.Core.Assets.Metadata;
using MediaCreator.Modules.Core.GraphQL.Scalars;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Jobs;
using MediaCreator.Modules.Core.Projects;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Core.Assets;

internal sealed class AssetGraphType : ObjectGraphType<Asset>
{
    public AssetGraphType(IEnumerable<IAssetFields> moduleFields)
    {
        Name = "Asset";
        Description = "A file in unified storage: image, video, audio, subtitle... (table `assets`).";
        this.ImplementsNode("Asset", x => x.Id);
        Field<NonNullGraphType<ProjectType>>("project").ResolveAsync(async c => await c.CoreDb().Projects.FirstOrDefaultAsync(p => p.Id == c.Source.ProjectId, c.CancellationToken));
        Field<NonNullGraphType<AssetTypeEnumType>>("type").Resolve(c => c.Source.Type);
        Field(x => x.FileName);
        Field(x => x.MimeType);
        Field<NonNullGraphType<LongGraphType>>("sizeBytes").Resolve(c => c.Source.SizeBytes);
        Field(x => x.Path).Description("Logical storage key in the unified asset registry; not downloadable, use `url`.");
        Field<NonNullGraphType<UrlScalarType>>("url").Description("Signed, expiring download URL. Do not persist; re-query after expiry.")
            .Argument<NonNullGraphType<IntGraphType>>("expiresInSeconds", "Signature lifetime in seconds (max 86400).", a => a.DefaultValue = 900)
            .Resolve(c => c.Service<AssetUrls>().For(c.Source.Id, AssetVariant.Content, c.GetArgument<int>("expiresInSeconds")));
        Field<UrlScalarType>("thumbnailUrl").Description("Signed URL of a preview/thumbnail rendition, when one exists.")
            .Argument<NonNullGraphType<IntGraphType>>("expiresInSeconds", a => a.DefaultValue = 900)
            .Resolve(c => c.Source.ThumbnailPath is null ? null : c.Service<AssetUrls>().For(c.Source.Id, AssetVariant.Thumbnail, c.GetArgument<int>("expiresInSeconds")));
        Field<AssetMetadataUnionType>("metadata").Description("Typed metadata for the asset kind.").Resolve(c => AssetMetadataReader.Read(c.Source));
        Field<JsonScalarType>("rawMetadata").Description("Raw `assets.metadata` (provider-specific keys included).").Resolve(c => JsonValues.Read(c.Source.MetadataJson));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("tags").Resolve(c => c.Source.Tags);
        Field<JobType>("sourceJob").Description("Job that produced the asset; null for uploads.")
            .ResolveAsync(async c => c.Source.SourceJobId is { } id ? await c.CoreDb().Jobs.FirstOrDefaultAsync(j => j.Id == id, c.CancellationToken) : null);
        Field<AssetGraphType>("derivedFrom").Description("Asset this one was derived from (edit, upscale, export, stem, subtitle...).")
            .ResolveAsync(async c => c.Source.DerivedFromId is { } id ? await c.CoreDb().Assets.FirstOrDefaultAsync(a => a.Id == id, c.CancellationToken) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssetGraphType>>>>("derivedAssets")
            .Description("Assets derived from this one (its exports in other formats and aspect ratios, edits, upscales, stems...), oldest first.")
            .ResolveAsync(async c => await c.CoreDb().Assets.Where(a => a.DerivedFromId == c.Source.Id)
                .OrderBy(a => a.CreatedAt).ThenBy(a => a.OutputIndex).ToListAsync(c.CancellationToken));
        Field<NonNullGraphType<DateTimeScalarType>>("createdAt").Resolve(c => c.Source.CreatedAt);
        foreach (var fields in moduleFields) fields.AddTo(this);
    }
}
