using GraphQL.Types;
using MediaCreator.Modules.Core.Assets.Metadata;
using MediaCreator.Modules.Core.GraphQL.Scalars;

namespace MediaCreator.Modules.Video.GraphQL;

/// <summary>Shared field shapes of the video inputs.</summary>
internal static class VideoInputFields
{
    public static IGraphType Aspect(bool nonNull = false) =>
        nonNull ? new NonNullGraphType(new GraphQLTypeReference("AspectRatio")) : new GraphQLTypeReference("AspectRatio");

    public static IGraphType Ids(bool nonNull) => nonNull
        ? new NonNullGraphType(new ListGraphType(new NonNullGraphType(new IdGraphType())))
        : new ListGraphType(new NonNullGraphType(new IdGraphType()));
}

internal sealed class ResolutionInputType : InputObjectGraphType
{
    public ResolutionInputType()
    {
        Name = "ResolutionInput";
        Description = "Pixel resolution (even numbers; odd ones are rounded).";
        Field<NonNullGraphType<IntGraphType>>("width");
        Field<NonNullGraphType<IntGraphType>>("height");
    }
}

internal sealed class GenerateVideoInputType : InputObjectGraphType
{
    public GenerateVideoInputType()
    {
        Name = "GenerateVideoInput";
        Description = "Input of `generateVideo`.";
        Field<NonNullGraphType<IdGraphType>>("projectId");
        Field<NonNullGraphType<StringGraphType>>("prompt").Description("What the video is about (the storyboard is planned from it when no script is given).");
        Field<FloatGraphType>("durationSeconds").DefaultValue(15.0).Description("1..600. A MUSIC_VIDEO lasts as long as the song (or its short version).");
        Field("aspectRatio", VideoInputFields.Aspect()).DefaultValue("9:16");
        Field<ResolutionInputType>("resolution").Description("The aspect ratio's 1080p frame when omitted.");
        Field<StringGraphType>("style").Description("Visual style of the scene images (e.g. cinematic, anime, minimal).");
        Field("sourceAssetIds", VideoInputFields.Ids(false))
            .Description("Image/video references: scene visuals in order (scenes without one get an image job), or the start image of an external provider.");
        Field<StringGraphType>("provider").Description("\"ffmpeg\" (built-in storyboard and music video), \"runway\", \"luma\", \"pika\".");
        Field<UuidScalarType>("idempotencyKey");
        Field<VideoGenerationKindType>("kind").DefaultValue("STORYBOARD");
        Field<StringGraphType>("script").Description("Narration script: one scene per sentence (merged or split to fit the duration).");
        Field<StringGraphType>("language").DefaultValue("en").Description("BCP 47 language of narration and captions (e.g. en, th).");
        Field<BooleanGraphType>("narration").DefaultValue(true).Description("Speak the script (text-to-speech).");
        Field<StringGraphType>("voice").Description("Voice of the speech provider (espeak-ng variant or the OpenAI-compatible voice name).");
        Field<SubtitleStyleType>("captionStyle").DefaultValue("STANDARD").Description("Captions burned in, timed from the narration; null for none.");
        Field<IdGraphType>("musicAssetId").Description("Background music (STORYBOARD, ducked under the voice) or the song (MUSIC_VIDEO).");
        Field<BooleanGraphType>("generateMusic").DefaultValue(false).Description("Compose background music with a music.generate job when no music asset is given.");
        Field<StringGraphType>("musicMood").Description("Mood words for the composed music (e.g. calm, upbeat).");
        Field<IntGraphType>("shortVersionSeconds").Description("MUSIC_VIDEO: render only the best 15, 30 or 60 seconds of the song (by energy and structure).");
        Field<IntGraphType>("fps").DefaultValue(30).Description("1..60.");
        Field<StringGraphType>("imageProvider").Description("Provider of the scene images' image.generate jobs (the image module's default when omitted).");
    }
}

internal sealed class EditVideoInputType : InputObjectGraphType
{
    public EditVideoInputType()
    {
        Name = "EditVideoInput";
        Description = "Input of `editVideo`.";
        Field<NonNullGraphType<IdGraphType>>("projectId");
        Field("sourceAssetIds", VideoInputFields.Ids(true)).Description("The video to edit; further videos are appended to it first.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<VideoOperationInputType>>>>("operations").Description("Applied in order, in one encode where possible.");
        Field("aspectRatio", VideoInputFields.Aspect()).Description("Output frame; the source's (or the last reframe's) when omitted.");
        Field<ResolutionInputType>("resolution");
        Field<StringGraphType>("provider");
        Field<UuidScalarType>("idempotencyKey");
    }
}

internal sealed class VideoExportTargetInputType : InputObjectGraphType
{
    public VideoExportTargetInputType()
    {
        Name = "VideoExportTargetInput";
        Description = "One multi-export target.";
        Field("aspectRatio", VideoInputFields.Aspect(nonNull: true));
        Field<ResolutionInputType>("resolution").Description("The ratio's 1080p frame when omitted.");
        Field<ReframeStrategyType>("strategy").DefaultValue("SMART_CROP");
    }
}

internal sealed class MultiExportVideoInputType : InputObjectGraphType
{
    public MultiExportVideoInputType()
    {
        Name = "MultiExportVideoInput";
        Description = "Input of `multiExportVideo`.";
        Field<NonNullGraphType<IdGraphType>>("projectId");
        Field<NonNullGraphType<IdGraphType>>("sourceAssetId");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<VideoExportTargetInputType>>>>("targets").Description("e.g. 16:9, 9:16, 4:5, 1:1 (1 to 8 targets).");
        Field<StringGraphType>("provider");
        Field<UuidScalarType>("idempotencyKey");
    }
}

internal sealed class SubtitleVideoInputType : InputObjectGraphType
{
    public SubtitleVideoInputType()
    {
        Name = "SubtitleVideoInput";
        Description = "Input of `subtitleVideo`.";
        Field<NonNullGraphType<IdGraphType>>("projectId");
        Field<NonNullGraphType<IdGraphType>>("sourceAssetId").Description("A video (or an audio asset when burnIn is false).");
        Field<SubtitleModeType>("mode").DefaultValue("AUTO");
        Field<StringGraphType>("sourceLanguage").Description("BCP 47; the provider's or the subtitle file's when omitted.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("targetLanguages").Description("Translations to produce through the configured language model (AI:Chat).");
        Field<SubtitleStyleType>("style").DefaultValue("STANDARD");
        Field<BooleanGraphType>("burnIn").DefaultValue(false);
        Field<ListGraphType<NonNullGraphType<SubtitleFormatType>>>("formats").DefaultValue(new List<object> { SubtitleFormat.Srt });
        Field<IdGraphType>("subtitleAssetId").Description("FROM_ASSET: the SRT/VTT/ASS asset.");
        Field<StringGraphType>("provider").Description("Speech recognition: \"pocketsphinx\" (built-in, English, weak: about 33% WER) or \"openai\" (OpenAI-compatible Whisper server).");
        Field<UuidScalarType>("idempotencyKey");
    }
}

internal sealed class PreviewVideoInputType : InputObjectGraphType
{
    public PreviewVideoInputType()
    {
        Name = "PreviewVideoInput";
        Description = "Input of `previewVideo`.";
        Field<NonNullGraphType<IdGraphType>>("projectId");
        Field<NonNullGraphType<IdGraphType>>("sourceAssetId").Description("A video (all previews) or an audio asset (WAVEFORM).");
        Field<ListGraphType<NonNullGraphType<VideoPreviewKindType>>>("kinds").Description("All that fit the source when omitted.");
        Field<IntGraphType>("thumbnailCount").DefaultValue(10).Description("THUMBNAIL_STRIP frames, 1..50.");
        Field<UuidScalarType>("idempotencyKey");
    }
}

/// <summary>Exactly one video edit operation.</summary>
internal sealed class VideoOperationInputType : InputObjectGraphType
{
    public VideoOperationInputType()
    {
        Name = "VideoOperationInput";
        Description = "Exactly one video edit operation (spec `operations[]` item).";
        IsOneOf = true;
        Field<AutoCutSilenceOperationInputType>("autoCutSilence");
        Field<AutoReframeOperationInputType>("autoReframe");
        Field<AddSubtitleOperationInputType>("addSubtitle");
        Field<AutoTransitionOperationInputType>("autoTransition");
        Field<AutoEffectsOperationInputType>("autoEffects");
        Field<VideoTrimOperationInputType>("trim");
        Field<VideoConcatOperationInputType>("concat");
        Field<AddAudioTrackOperationInputType>("addAudioTrack");
        Field<SpeedOperationInputType>("speed");
        Field<OverlayOperationInputType>("overlay");
        Field<NormalizeAudioOperationInputType>("normalizeAudio");
        Field<RemoveFillerWordsOperationInputType>("removeFillerWords");
    }
}

internal sealed class AutoCutSilenceOperationInputType : InputObjectGraphType
{
    public AutoCutSilenceOperationInputType()
    {
        Name = "AutoCutSilenceOperationInput";
        Description = "Cuts silent parts (spec `auto_cut_silence`).";
        Field<IntGraphType>("minSilenceMs").DefaultValue(500);
        Field<FloatGraphType>("thresholdDb").DefaultValue(-40.0);
        Field<IntGraphType>("paddingMs").DefaultValue(100);
    }
}

internal sealed class AutoReframeOperationInputType : InputObjectGraphType
{
    public AutoReframeOperationInputType()
    {
        Name = "AutoReframeOperationInput";
        Description = "Reframes to another aspect ratio (spec `auto_reframe`).";
        Field("targetAspectRatio", VideoInputFields.Aspect(nonNull: true));
        Field<ReframeStrategyType>("strategy").DefaultValue("SMART_CROP");
    }
}

internal sealed class AddSubtitleOperationInputType : InputObjectGraphType
{
    public AddSubtitleOperationInputType()
    {
        Name = "AddSubtitleOperationInput";
        Description = "Burns in subtitles (spec `add_subtitle`).";
        Field<SubtitleModeType>("subtitleMode").DefaultValue("AUTO");
        Field<SubtitleStyleType>("style").DefaultValue("STANDARD");
        Field<StringGraphType>("language");
        Field<IdGraphType>("subtitleAssetId").Description("FROM_ASSET mode.");
        Field<StringGraphType>("provider").Description("Speech recognition for AUTO: \"pocketsphinx\" or \"openai\".");
    }
}

internal sealed class AutoTransitionOperationInputType : InputObjectGraphType
{
    public AutoTransitionOperationInputType()
    {
        Name = "AutoTransitionOperationInput";
        Description = "Inserts transitions at the cuts (silence cuts, filler removal, concatenated clips).";
        Field<StringGraphType>("style").Description("An ffmpeg xfade transition: fade (default), dissolve, wipeleft, slideleft, circleopen, ...");
        Field<IntGraphType>("durationMs").DefaultValue(300);
    }
}

internal sealed class AutoEffectsOperationInputType : InputObjectGraphType
{
    public AutoEffectsOperationInputType()
    {
        Name = "AutoEffectsOperationInput";
        Description = "Applies an effects preset (\"punch-in\": zoom punch-ins on emphasis).";
        Field<StringGraphType>("preset");
        Field<FloatGraphType>("intensity").DefaultValue(0.5);
    }
}

internal sealed class VideoTrimOperationInputType : InputObjectGraphType
{
    public VideoTrimOperationInputType()
    {
        Name = "VideoTrimOperationInput";
        Description = "Keeps only a time range (seconds).";
        Field<NonNullGraphType<FloatGraphType>>("startSeconds");
        Field<NonNullGraphType<FloatGraphType>>("endSeconds");
    }
}

internal sealed class VideoConcatOperationInputType : InputObjectGraphType
{
    public VideoConcatOperationInputType()
    {
        Name = "VideoConcatOperationInput";
        Description = "Appends clips after the source (timeline).";
        Field("assetIds", VideoInputFields.Ids(true));
        Field<StringGraphType>("transition").Description("An xfade transition between the clips; a hard cut when omitted.");
        Field<IntGraphType>("transitionMs").DefaultValue(500);
    }
}

internal sealed class AddAudioTrackOperationInputType : InputObjectGraphType
{
    public AddAudioTrackOperationInputType()
    {
        Name = "AddAudioTrackOperationInput";
        Description = "Mixes an audio track (e.g. generated music) into the video, looped to its length.";
        Field<NonNullGraphType<IdGraphType>>("audioAssetId");
        Field<FloatGraphType>("volume").DefaultValue(1.0);
        Field<BooleanGraphType>("duckUnderSpeech").DefaultValue(true);
        Field<FloatGraphType>("startSeconds").DefaultValue(0.0);
    }
}

internal sealed class SpeedOperationInputType : InputObjectGraphType
{
    public SpeedOperationInputType()
    {
        Name = "SpeedOperationInput";
        Description = "Changes the playback speed (0.25..4), keeping the voice's pitch.";
        Field<NonNullGraphType<FloatGraphType>>("factor");
    }
}

internal sealed class OverlayOperationInputType : InputObjectGraphType
{
    public OverlayOperationInputType()
    {
        Name = "OverlayOperationInput";
        Description = "Places an image or video over the frame (watermark, logo).";
        Field<NonNullGraphType<IdGraphType>>("assetId");
        Field<OverlayPositionType>("position").DefaultValue("BOTTOM_RIGHT");
        Field<FloatGraphType>("scale").DefaultValue(0.2).Description("Overlay width as a fraction of the frame width (0..1).");
        Field<FloatGraphType>("opacity").DefaultValue(1.0);
        Field<FloatGraphType>("startSeconds");
        Field<FloatGraphType>("endSeconds");
    }
}

internal sealed class NormalizeAudioOperationInputType : InputObjectGraphType
{
    public NormalizeAudioOperationInputType()
    {
        Name = "NormalizeAudioOperationInput";
        Description = "Normalizes loudness (integrated LUFS, true-peak ceiling).";
        Field<FloatGraphType>("targetLufs").DefaultValue(-14.0);
        Field<FloatGraphType>("truePeakDb").DefaultValue(-1.0);
    }
}

internal sealed class RemoveFillerWordsOperationInputType : InputObjectGraphType
{
    public RemoveFillerWordsOperationInputType()
    {
        Name = "RemoveFillerWordsOperationInput";
        Description = "Cuts filler words (um, uh, เอ่อ...) and retakes (a repeated phrase keeps its last take), found from the words' timings.";
        Field<StringGraphType>("language");
        Field<StringGraphType>("provider").Description("Speech recognition: \"pocketsphinx\" or \"openai\".");
    }
}

/// <summary>Spec <c>VideoJobInput</c> for <c>createJob(spec: { video })</c>.</summary>
internal sealed class VideoJobInputType : InputObjectGraphType
{
    public VideoJobInputType()
    {
        Name = "VideoJobInput";
        Description = "Spec `VideoJobInput` (stored in Job.input_payload).";
        Field<NonNullGraphType<VideoJobModeType>>("mode");
        Field<StringGraphType>("provider").Description("Provider key, e.g. \"ffmpeg\", \"runway\".");
        Field<StringGraphType>("prompt");
        Field<FloatGraphType>("durationSeconds");
        Field("aspectRatio", VideoInputFields.Aspect());
        Field<ResolutionInputType>("resolution");
        Field<StringGraphType>("style");
        Field("sourceAssetIds", VideoInputFields.Ids(false));
        Field<ListGraphType<NonNullGraphType<VideoOperationInputType>>>("operations");
        Field<ListGraphType<NonNullGraphType<VideoExportTargetInputType>>>("exportTargets").Description("MULTI_EXPORT mode.");
        Field<SubtitleOptionsInputType>("subtitle").Description("SUBTITLE mode.");
        Field<VideoGenerationKindType>("kind").Description("GENERATE mode: STORYBOARD (default) or MUSIC_VIDEO.");
        Field<StringGraphType>("script").Description("GENERATE mode: narration script, one scene per sentence.");
        Field<StringGraphType>("language").Description("GENERATE mode: BCP 47 language of narration and captions (default en).");
        Field<BooleanGraphType>("narration").Description("GENERATE mode: speak the script (default true).");
        Field<StringGraphType>("voice").Description("GENERATE mode: voice of the speech provider.");
        Field<SubtitleStyleType>("captionStyle").Description("GENERATE mode: captions burned in (default STANDARD).");
        Field<IdGraphType>("musicAssetId").Description("GENERATE mode: background music, or the song of a MUSIC_VIDEO.");
        Field<BooleanGraphType>("generateMusic").Description("GENERATE mode: compose background music when no music asset is given.");
        Field<StringGraphType>("musicMood").Description("GENERATE mode: mood words for the composed music.");
        Field<IntGraphType>("shortVersionSeconds").Description("GENERATE mode, MUSIC_VIDEO: 15, 30 or 60.");
        Field<IntGraphType>("fps").Description("GENERATE mode: 1..60 (default 30).");
        Field<StringGraphType>("imageProvider").Description("GENERATE mode: provider of the scene images.");
    }
}

internal sealed class SubtitleOptionsInputType : InputObjectGraphType
{
    public SubtitleOptionsInputType()
    {
        Name = "SubtitleOptionsInput";
        Description = "Subtitle Engine options.";
        Field<SubtitleModeType>("mode").DefaultValue("AUTO");
        Field<StringGraphType>("sourceLanguage").Description("BCP 47; detected when omitted.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("targetLanguages").Description("Translations to produce (BCP 47).");
        Field<SubtitleStyleType>("style").DefaultValue("STANDARD");
        Field<BooleanGraphType>("burnIn").DefaultValue(false);
        Field<ListGraphType<NonNullGraphType<SubtitleFormatType>>>("formats").DefaultValue(new List<object> { SubtitleFormat.Srt });
        Field<IdGraphType>("subtitleAssetId");
    }
}
