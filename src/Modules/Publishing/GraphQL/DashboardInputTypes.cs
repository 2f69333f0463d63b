using GraphQL.Types;
using MediaCreator.Modules.Core.Assets;
using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Core.GraphQL.Scalars;

namespace MediaCreator.Modules.Publishing.GraphQL;

internal sealed class CreateChannelInputType : InputObjectGraphType
{
    public CreateChannelInputType()
    {
        Name = "CreateChannelInput";
        Description = "Input of `createChannel`.";
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<StringGraphType>("description");
        Field<JsonScalarType>("metadata").Description("A JSON object.");
    }
}

internal sealed class CreateSeriesInputType : InputObjectGraphType
{
    public CreateSeriesInputType()
    {
        Name = "CreateSeriesInput";
        Description = "Input of `createSeries`.";
        Field<NonNullGraphType<IdGraphType>>("channelId");
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<StringGraphType>("description");
        Field<JsonScalarType>("metadata").Description("A JSON object.");
    }
}

internal sealed class CreateEpisodeInputType : InputObjectGraphType
{
    public CreateEpisodeInputType()
    {
        Name = "CreateEpisodeInput";
        Description = "Input of `createEpisode`.";
        Field<NonNullGraphType<IdGraphType>>("seriesId");
        Field<NonNullGraphType<IdGraphType>>("projectId");
        Field<IdGraphType>("primaryAssetId").Description("An image, video or audio asset.");
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<StringGraphType>("description");
        Field<JsonScalarType>("metadata").Description("A JSON object; `contentType` and `tags` are read by the dashboard.");
    }
}

internal sealed class UpdateEpisodeInputType : InputObjectGraphType
{
    public UpdateEpisodeInputType()
    {
        Name = "UpdateEpisodeInput";
        Description = "Input of `updateEpisode`.";
        Field<NonNullGraphType<IdGraphType>>("episodeId");
        Field<StringGraphType>("title");
        Field<StringGraphType>("description");
        Field<IdGraphType>("primaryAssetId");
        Field<EpisodeStatusType>("status").Description("DRAFT or READY; PUBLISHING/PUBLISHED are set by the publishing engine.");
        Field<JsonScalarType>("metadata").Description("Top-level keys replace the stored ones.");
    }
}

internal sealed class CreateChannelErrorType() : ErrorUnionType("createChannel", typeof(ValidationErrorType), typeof(NotFoundErrorType));

internal sealed class CreateSeriesErrorType() : ErrorUnionType("createSeries", typeof(ValidationErrorType), typeof(NotFoundErrorType));

internal sealed class CreateEpisodeErrorType() : ErrorUnionType("createEpisode",
    typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(UnsupportedMediaErrorType));

internal sealed class UpdateEpisodeErrorType() : ErrorUnionType("updateEpisode",
    typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(InvalidStateErrorType));

internal sealed class CreateChannelPayloadType() : PayloadGraphType<ContentChannelType, CreateChannelErrorType>("createChannel", "channel");

internal sealed class CreateSeriesPayloadType() : PayloadGraphType<SeriesType, CreateSeriesErrorType>("createSeries", "series");

internal sealed class CreateEpisodePayloadType() : PayloadGraphType<EpisodeType, CreateEpisodeErrorType>("createEpisode", "episode");

internal sealed class UpdateEpisodePayloadType() : PayloadGraphType<EpisodeType, UpdateEpisodeErrorType>("updateEpisode", "episode");
