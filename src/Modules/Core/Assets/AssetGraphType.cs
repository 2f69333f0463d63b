using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL.Scalars;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Jobs;
using MediaCreator.Modules.Core.Projects;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Core.Assets;

internal sealed class AssetGraphType : ObjectGraphType<Asset>
{
    public AssetGraphType()
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
        Field<JsonScalarType>("rawMetadata").Description("Raw `assets.metadata` (provider-specific keys included).").Resolve(c => JsonValues.Read(c.Source.MetadataJson));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("tags").Resolve(c => c.Source.Tags);
        Field<JobType>("sourceJob").Description("Job that produced the asset; null for uploads.")
            .ResolveAsync(async c => c.Source.SourceJobId is { } id ? await c.CoreDb().Jobs.FirstOrDefaultAsync(j => j.Id == id, c.CancellationToken) : null);
        Field<AssetGraphType>("derivedFrom").Description("Asset this one was derived from (edit, upscale, export, stem, subtitle...).")
            .ResolveAsync(async c => c.Source.DerivedFromId is { } id ? await c.CoreDb().Assets.FirstOrDefaultAsync(a => a.Id == id, c.CancellationToken) : null);
        Field<NonNullGraphType<DateTimeScalarType>>("createdAt").Resolve(c => c.Source.CreatedAt);
    }
}
