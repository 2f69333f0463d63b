using GraphQL;
using GraphQL.Types;
using MediaCreator.Modules.Core.Assets;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Publishing.Dashboard;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Publishing.GraphQL;

internal sealed class EpisodeMutations : IMutationFields
{
    public void AddTo(ObjectGraphType root)
    {
        root.Field<NonNullGraphType<CreateEpisodePayloadType>>("createEpisode")
            .Description("Creates an episode from a project's asset (REST `POST /dashboard/episodes`).")
            .Argument<NonNullGraphType<CreateEpisodeInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                var owner = c.Owner().RequireOwner();
                var db = c.Db();
                var seriesId = InputRules.Decode("Series", input["seriesId"]);
                if (seriesId is null || !await db.Series.AnyAsync(x => x.Id == seriesId, c.CancellationToken))
                    return MutationPayload.Fail(NotFoundError.For("Series", input["seriesId"] as string));
                var projectId = InputRules.Decode("Project", input["projectId"]);
                if (projectId is null || !await c.CoreDb().Projects.AnyAsync(p => p.Id == projectId, c.CancellationToken))
                    return MutationPayload.Fail(NotFoundError.For("Project", input["projectId"] as string));
                var title = input["title"] as string;
                if (InputRules.Name(title, "input.title", 500) is { } invalid) return MutationPayload.Fail(invalid);
                var (metadata, badMetadata) = InputRules.Metadata(input);
                if (badMetadata is not null) return MutationPayload.Fail(badMetadata);
                Guid? assetId = null;
                if (input.GetValueOrDefault("primaryAssetId") is string assetGlobalId)
                {
                    if (await AssetReferences.FindAsync(c.CoreDb(), assetGlobalId, c.CancellationToken) is not { } asset)
                        return MutationPayload.Fail(NotFoundError.For("Asset", assetGlobalId));
                    if (InputRules.Publishable(asset) is { } unsupported) return MutationPayload.Fail(unsupported);
                    assetId = asset.Id;
                }
                var episode = new Episode
                {
                    OwnerId = owner, SeriesId = seriesId.Value, ProjectId = projectId.Value, PrimaryAssetId = assetId, Title = title!.Trim(),
                    Description = input.GetValueOrDefault("description") as string, MetadataJson = metadata,
                };
                db.Episodes.Add(episode);
                await db.SaveChangesAsync(c.CancellationToken);
                return MutationPayload.Ok(episode);
            });
        root.Field<NonNullGraphType<UpdateEpisodePayloadType>>("updateEpisode")
            .Description("Updates an episode; setting status READY emits EPISODE_READY.")
            .Argument<NonNullGraphType<UpdateEpisodeInputType>>("input")
            .ResolveAsync(async c => await c.Service<UpdateEpisodeHandler>()
                .HandleAsync(c.GetArgument<Dictionary<string, object?>>("input"), c.CancellationToken));
    }
}
