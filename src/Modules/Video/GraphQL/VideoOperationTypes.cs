using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Video.Jobs;

namespace MediaCreator.Modules.Video.GraphQL;

internal sealed class VideoOperationInterface : InterfaceGraphType<VideoOperationSpec>
{
    public VideoOperationInterface()
    {
        Name = "VideoOperation";
        Description = "A video edit operation (spec `operations[]`).";
        Field<NonNullGraphType<VideoOperationTypeType>>("type");
    }
}

internal abstract class VideoOperationObjectType : ObjectGraphType<VideoOperationSpec>
{
    protected VideoOperationObjectType(string name, string type, string description)
    {
        Name = name;
        Description = description;
        Interface<VideoOperationInterface>();
        IsTypeOf = o => o is VideoOperationSpec op && op.Type == type;
        Field<NonNullGraphType<VideoOperationTypeType>>("type").Resolve(c => c.Source.Type);
    }
}

internal sealed class AutoCutSilenceOperationType : VideoOperationObjectType
{
    public AutoCutSilenceOperationType() : base("AutoCutSilenceOperation", "AUTO_CUT_SILENCE", "Cuts silent parts.")
    {
        Field<NonNullGraphType<IntGraphType>>("minSilenceMs").Resolve(c => c.Source.MinSilenceMs ?? 500);
        Field<NonNullGraphType<FloatGraphType>>("thresholdDb").Resolve(c => c.Source.ThresholdDb ?? -40);
        Field<NonNullGraphType<IntGraphType>>("paddingMs").Resolve(c => c.Source.PaddingMs ?? 100);
    }
}

internal sealed class AutoReframeOperationType : VideoOperationObjectType
{
    public AutoReframeOperationType() : base("AutoReframeOperation", "AUTO_REFRAME", "Reframes to another aspect ratio following the subject.")
    {
        Field("targetAspectRatio", new NonNullGraphType(new GraphQLTypeReference("AspectRatio")))
            .Resolve(c => VideoJobParametersType.Label(c.Source.TargetAspectRatio ?? "RATIO_9_16"));
        Field<NonNullGraphType<ReframeStrategyType>>("strategy").Resolve(c => c.Source.Strategy ?? "SMART_CROP");
    }
}

internal sealed class AddSubtitleOperationType : VideoOperationObjectType
{
    public AddSubtitleOperationType() : base("AddSubtitleOperation", "ADD_SUBTITLE", "Burns in subtitles.")
    {
        Field<NonNullGraphType<SubtitleModeType>>("subtitleMode").Resolve(c => c.Source.SubtitleMode ?? "AUTO");
        Field<NonNullGraphType<SubtitleStyleType>>("style").Resolve(c => c.Source.Style ?? "STANDARD");
        Field<StringGraphType>("language").Resolve(c => c.Source.Language);
        Field("subtitleAsset", new GraphQLTypeReference("Asset"))
            .ResolveAsync(async c => c.Source.SubtitleAssetId is { } id ? await CoreRows.AssetAsync(c, id) : null);
        Field<StringGraphType>("provider").Resolve(c => c.Source.Provider);
    }
}

internal sealed class AutoTransitionOperationType : VideoOperationObjectType
{
    public AutoTransitionOperationType() : base("AutoTransitionOperation", "AUTO_TRANSITION", "Inserts transitions between cuts.")
    {
        Field<StringGraphType>("style").Resolve(c => c.Source.Style);
        Field<NonNullGraphType<IntGraphType>>("durationMs").Resolve(c => c.Source.DurationMs ?? 300);
    }
}

internal sealed class AutoEffectsOperationType : VideoOperationObjectType
{
    public AutoEffectsOperationType() : base("AutoEffectsOperation", "AUTO_EFFECTS", "Applies an effects preset.")
    {
        Field<StringGraphType>("preset").Resolve(c => c.Source.Preset);
        Field<NonNullGraphType<FloatGraphType>>("intensity").Resolve(c => c.Source.Intensity ?? 0.5);
    }
}

internal sealed class VideoTrimOperationType : VideoOperationObjectType
{
    public VideoTrimOperationType() : base("VideoTrimOperation", "TRIM", "Keeps only a time range.")
    {
        Field<NonNullGraphType<FloatGraphType>>("startSeconds").Resolve(c => c.Source.StartSeconds ?? 0);
        Field<NonNullGraphType<FloatGraphType>>("endSeconds").Resolve(c => c.Source.EndSeconds ?? 0);
    }
}

internal sealed class VideoConcatOperationType : VideoOperationObjectType
{
    public VideoConcatOperationType() : base("VideoConcatOperation", "CONCAT", "Appends clips (timeline).")
    {
        Field("assets", new NonNullGraphType(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference("Asset")))))
            .ResolveAsync(c => CoreRows.AssetsAsync(c, c.Source.AssetIds));
        Field<StringGraphType>("transition").Resolve(c => c.Source.Transition);
        Field<NonNullGraphType<IntGraphType>>("transitionMs").Resolve(c => c.Source.DurationMs ?? 500);
    }
}

internal sealed class AddAudioTrackOperationType : VideoOperationObjectType
{
    public AddAudioTrackOperationType() : base("AddAudioTrackOperation", "ADD_AUDIO_TRACK", "Mixes an audio track (e.g. generated music) into the video.")
    {
        Field("audioAsset", new NonNullGraphType(new GraphQLTypeReference("Asset")))
            .ResolveAsync(async c => c.Source.AudioAssetId is { } id ? await CoreRows.AssetAsync(c, id) : null);
        Field<NonNullGraphType<FloatGraphType>>("volume").Resolve(c => c.Source.Volume ?? 1);
        Field<NonNullGraphType<BooleanGraphType>>("duckUnderSpeech").Resolve(c => c.Source.DuckUnderSpeech ?? true);
        Field<NonNullGraphType<FloatGraphType>>("startSeconds").Resolve(c => c.Source.StartSeconds ?? 0);
    }
}

internal sealed class SpeedOperationType : VideoOperationObjectType
{
    public SpeedOperationType() : base("SpeedOperation", "SPEED", "Changes the playback speed, keeping the voice's pitch.") =>
        Field<NonNullGraphType<FloatGraphType>>("factor").Resolve(c => c.Source.Factor ?? 1);
}

internal sealed class OverlayOperationType : VideoOperationObjectType
{
    public OverlayOperationType() : base("OverlayOperation", "OVERLAY", "An image or video over the frame (watermark, logo).")
    {
        Field("asset", new NonNullGraphType(new GraphQLTypeReference("Asset")))
            .ResolveAsync(async c => c.Source.OverlayAssetId is { } id ? await CoreRows.AssetAsync(c, id) : null);
        Field<NonNullGraphType<OverlayPositionType>>("position").Resolve(c => c.Source.Position ?? "BOTTOM_RIGHT");
        Field<NonNullGraphType<FloatGraphType>>("scale").Resolve(c => c.Source.Scale ?? 0.2);
        Field<NonNullGraphType<FloatGraphType>>("opacity").Resolve(c => c.Source.Opacity ?? 1);
        Field<FloatGraphType>("startSeconds").Resolve(c => c.Source.StartSeconds);
        Field<FloatGraphType>("endSeconds").Resolve(c => c.Source.EndSeconds);
    }
}

internal sealed class NormalizeAudioOperationType : VideoOperationObjectType
{
    public NormalizeAudioOperationType() : base("NormalizeAudioOperation", "NORMALIZE_AUDIO", "Loudness normalization.")
    {
        Field<NonNullGraphType<FloatGraphType>>("targetLufs").Resolve(c => c.Source.TargetLufs ?? -14);
        Field<NonNullGraphType<FloatGraphType>>("truePeakDb").Resolve(c => c.Source.TruePeakDb ?? -1);
    }
}

internal sealed class RemoveFillerWordsOperationType : VideoOperationObjectType
{
    public RemoveFillerWordsOperationType() : base("RemoveFillerWordsOperation", "REMOVE_FILLER_WORDS", "Cuts filler words and retakes found from word timings.")
    {
        Field<StringGraphType>("language").Resolve(c => c.Source.Language);
        Field<StringGraphType>("provider").Resolve(c => c.Source.Provider);
    }
}
