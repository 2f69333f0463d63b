using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using MediaCreator.Modules.Core.Assets;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.GraphQL.Scalars;
using MediaCreator.Modules.Video.Abstractions;
using MediaCreator.Modules.Video.Persistence;
using MediaCreator.Modules.Video.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Modules.Video.GraphQL;

/// <summary>Reads the JSON columns of a subtitle row.</summary>
internal static class SubtitleViews
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<TranscriptSegment> Segments(SubtitleRecord r) =>
        JsonSerializer.Deserialize<List<TranscriptSegment>>(r.SegmentsJson, Json) ?? [];

    public static IReadOnlyList<Guid> AssetIds(SubtitleRecord r) => JsonSerializer.Deserialize<List<Guid>>(r.SubtitleAssetIdsJson, Json) ?? [];
}

internal sealed class SubtitleResultType : ObjectGraphType<SubtitleRecord>
{
    public SubtitleResultType()
    {
        Name = "SubtitleResult";
        Description = "Result of `video.subtitle`: transcript and subtitle files (table `subtitle_results`).";
        this.ImplementsNode("SubtitleResult", x => x.Id);
        Field(x => x.Transcript).Description("The whole transcript in the source language.");
        Field(x => x.Language).Description("BCP 47 language of the transcript.");
        Field(x => x.Source).Description("Where the words came from: pocketsphinx, openai, narration (our own script's timing) or the subtitle file's format.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TranscriptSegmentType>>>>("segments").Resolve(c => SubtitleViews.Segments(c.Source));
        Field("subtitleAssets", new NonNullGraphType(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference("Asset")))))
            .Description("Subtitle files (SRT/VTT/ASS) per language; a burned-in video is in Job.outputs.")
            .ResolveAsync(c => CoreRows.AssetsAsync(c, SubtitleViews.AssetIds(c.Source)));
        Field("sourceAsset", new GraphQLTypeReference("Asset")).ResolveAsync(c => CoreRows.AssetAsync(c, c.Source.SourceAssetId));
        Field("job", new GraphQLTypeReference("Job")).ResolveAsync(c => CoreRows.JobAsync(c, c.Source.JobId));
        Field<NonNullGraphType<DateTimeScalarType>>("createdAt").Resolve(c => c.Source.CreatedAt);
        IsTypeOf = o => o is SubtitleRecord;
    }
}

internal sealed class TranscriptSegmentType : ObjectGraphType<TranscriptSegment>
{
    public TranscriptSegmentType()
    {
        Name = "TranscriptSegment";
        Description = "One transcript segment (a caption-sized phrase).";
        Field(x => x.Start).Description("Seconds.");
        Field(x => x.End).Description("Seconds.");
        Field(x => x.Text);
        Field(x => x.Speaker, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TranscriptWordType>>>>("words").Description("Word timings.")
            .Resolve(c => c.Source.Words);
    }
}

internal sealed class TranscriptWordType : ObjectGraphType<TimedWord>
{
    public TranscriptWordType()
    {
        Name = "TranscriptWord";
        Description = "A word with its time.";
        Field(x => x.Start).Description("Seconds.");
        Field(x => x.End).Description("Seconds.");
        Field(x => x.Text);
        Field(x => x.Confidence, nullable: true).Description("0..1 when the recognizer reports it.");
    }
}

/// <summary><c>subtitles(assetId)</c> and <c>Asset.subtitles</c>.</summary>
internal sealed class VideoQueries : IQueryFields
{
    public void AddTo(ObjectGraphType root) =>
        root.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SubtitleResultType>>>>("subtitles")
            .Description("Subtitle results (transcripts and files) of a video or audio asset, newest first.")
            .Argument<NonNullGraphType<IdGraphType>>("assetId")
            .ResolveAsync(async c => GlobalId.TryDecode(c.GetArgument<string>("assetId"), out var type, out var id) && type == "Asset"
                ? await VideoAssetFields.SubtitlesAsync(c, id) : new List<SubtitleRecord>());
}

internal sealed class VideoAssetFields : IAssetFields
{
    public void AddTo(ObjectGraphType<Asset> assetType) =>
        assetType.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SubtitleResultType>>>>("subtitles")
            .Description("Subtitle results of this video or audio, newest first.")
            .ResolveAsync(async c => await SubtitlesAsync(c, c.Source.Id));

    internal static async Task<List<SubtitleRecord>> SubtitlesAsync(IResolveFieldContext c, Guid assetId) =>
        await c.RequestServices!.GetRequiredService<VideoDbContext>().Subtitles.AsNoTracking()
            .Where(s => s.SourceAssetId == assetId).OrderByDescending(s => s.CreatedAt).ToListAsync(c.CancellationToken);
}
