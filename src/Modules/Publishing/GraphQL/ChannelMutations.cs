using GraphQL;
using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Publishing.Dashboard;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Publishing.GraphQL;

internal sealed class ChannelMutations : IMutationFields
{
    public void AddTo(ObjectGraphType root)
    {
        root.Field<NonNullGraphType<CreateChannelPayloadType>>("createChannel")
            .Description("Creates a content channel (REST `POST /dashboard/channels`).")
            .Argument<NonNullGraphType<CreateChannelInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                var owner = c.Owner().RequireOwner();
                var name = input["name"] as string;
                if (InputRules.Name(name, "input.name") is { } invalid) return MutationPayload.Fail(invalid);
                var (metadata, badMetadata) = InputRules.Metadata(input);
                if (badMetadata is not null) return MutationPayload.Fail(badMetadata);
                var channel = new ContentChannel
                {
                    OwnerId = owner, Name = name!.Trim(), Description = input.GetValueOrDefault("description") as string, MetadataJson = metadata,
                };
                var db = c.Db();
                db.Channels.Add(channel);
                await db.SaveChangesAsync(c.CancellationToken);
                return MutationPayload.Ok(channel);
            });
        root.Field<NonNullGraphType<CreateSeriesPayloadType>>("createSeries")
            .Description("Creates a series in a channel (REST `POST /dashboard/channels/{channel_id}/series`).")
            .Argument<NonNullGraphType<CreateSeriesInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                var owner = c.Owner().RequireOwner();
                var db = c.Db();
                var channelId = InputRules.Decode("ContentChannel", input["channelId"]);
                if (channelId is null || !await db.Channels.AnyAsync(x => x.Id == channelId, c.CancellationToken))
                    return MutationPayload.Fail(NotFoundError.For("ContentChannel", input["channelId"] as string));
                var name = input["name"] as string;
                if (InputRules.Name(name, "input.name") is { } invalid) return MutationPayload.Fail(invalid);
                var (metadata, badMetadata) = InputRules.Metadata(input);
                if (badMetadata is not null) return MutationPayload.Fail(badMetadata);
                var series = new Series
                {
                    OwnerId = owner, ChannelId = channelId.Value, Name = name!.Trim(),
                    Description = input.GetValueOrDefault("description") as string, MetadataJson = metadata,
                };
                db.Series.Add(series);
                await db.SaveChangesAsync(c.CancellationToken);
                return MutationPayload.Ok(series);
            });
    }
}
