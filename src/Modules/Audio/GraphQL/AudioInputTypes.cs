using GraphQL.Types;
using MediaCreator.Modules.Core.Assets.Metadata;
using MediaCreator.Modules.Core.GraphQL.Scalars;

namespace MediaCreator.Modules.Audio.GraphQL;

internal sealed class SeparateStemsInputType : InputObjectGraphType
{
    public SeparateStemsInputType()
    {
        Name = "SeparateStemsInput";
        Description = "Input of `separateStems`.";
        Field<NonNullGraphType<IdGraphType>>("projectId");
        Field<NonNullGraphType<IdGraphType>>("sourceAssetId").Description("An audio asset or a video (its audio track).");
        Field<ListGraphType<NonNullGraphType<StemTypeType>>>("stems").Description("VOCAL, DRUMS, BASS, OTHER when omitted.");
        Field<AudioFormatType>("outputFormat").Description("WAV when omitted.");
        Field<StringGraphType>("provider").Description("\"dsp\" (built-in), \"onnx\" (your model file), \"separation-http\".");
        Field<UuidScalarType>("idempotencyKey");
    }
}

internal sealed class AnalyzeMusicInputType : InputObjectGraphType
{
    public AnalyzeMusicInputType()
    {
        Name = "AnalyzeMusicInput";
        Description = "Input of `analyzeMusic`.";
        Field<NonNullGraphType<IdGraphType>>("projectId");
        Field<NonNullGraphType<IdGraphType>>("audioAssetId").Description("An audio asset or a video (its audio track).");
        Field<ListGraphType<NonNullGraphType<MusicAnalysisTaskType>>>("tasks").Description("All tasks when omitted.");
        Field<StringGraphType>("provider");
        Field<UuidScalarType>("idempotencyKey");
    }
}

internal sealed class GenerateTabInputType : InputObjectGraphType
{
    public GenerateTabInputType()
    {
        Name = "GenerateTabInput";
        Description = "Input of `generateTab`.";
        Field<NonNullGraphType<IdGraphType>>("projectId");
        Field<NonNullGraphType<IdGraphType>>("audioAssetId");
        Field<NonNullGraphType<InstrumentType>>("instrument");
        Field<TabDifficultyType>("difficulty").DefaultValue("ORIGINAL");
        Field<TabFormatType>("format").DefaultValue("TEXT");
        Field<StringGraphType>("provider");
        Field<UuidScalarType>("idempotencyKey");
    }
}

internal sealed class GenerateMusicInputType : InputObjectGraphType
{
    public GenerateMusicInputType()
    {
        Name = "GenerateMusicInput";
        Description = "Input of `generateMusic`.";
        Field<NonNullGraphType<IdGraphType>>("projectId");
        Field<NonNullGraphType<StringGraphType>>("prompt").Description("Genre, mood, tempo (\"90 bpm\") and key (\"in D minor\") words are understood.");
        Field<FloatGraphType>("durationSeconds").DefaultValue(30.0).Description("5..600.");
        Field<StringGraphType>("genre");
        Field<StringGraphType>("mood");
        Field<FloatGraphType>("bpm").Description("40..240.");
        Field<StringGraphType>("key").Description("e.g. \"A:min\".");
        Field<BooleanGraphType>("instrumental").DefaultValue(false);
        Field<StringGraphType>("lyrics").Description("The built-in composer does not sing: the melody goes to a voice-like lead.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("instruments").Description("General MIDI instruments or families, e.g. \"piano\", \"strings\", \"synth lead\".");
        Field<IntGraphType>("seed").Description("Same request and seed, same piece.");
        Field<IdGraphType>("referenceAssetId").Description("A track whose tempo and key the piece follows when none are given.");
        Field<AudioFormatType>("outputFormat").Description("WAV when omitted.");
        Field<StringGraphType>("provider").Description("\"composer\" (built-in), \"stable-audio\", \"replicate-musicgen\".");
        Field<UuidScalarType>("idempotencyKey");
    }
}

internal sealed class RemasterAudioInputType : InputObjectGraphType
{
    public RemasterAudioInputType()
    {
        Name = "RemasterAudioInput";
        Description = "Input of `remasterAudio`.";
        Field<NonNullGraphType<IdGraphType>>("projectId");
        Field<NonNullGraphType<IdGraphType>>("audioAssetId");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AudioOperationInputType>>>>("operations");
        Field<AudioFormatType>("outputFormat").Description("The source's format when omitted.");
        Field<ListGraphType<NonNullGraphType<AudioTagInputType>>>("tags");
        Field<StringGraphType>("provider");
        Field<UuidScalarType>("idempotencyKey");
    }
}

internal sealed class EditPodcastInputType : InputObjectGraphType
{
    public EditPodcastInputType()
    {
        Name = "EditPodcastInput";
        Description = "Input of `editPodcast`.";
        Field<NonNullGraphType<IdGraphType>>("projectId");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("sourceAssetIds")
            .Description("Episode tracks; a `join` operation without assetIds appends the tracks after the first, in order.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AudioOperationInputType>>>>("operations");
        Field<AudioFormatType>("outputFormat");
        Field<ListGraphType<NonNullGraphType<AudioChapterInputType>>>("chapters").Description("Chapter markers (moved along with cuts and joins).");
        Field<ListGraphType<NonNullGraphType<AudioTagInputType>>>("tags").Description("Container tags: title, artist, album, comment, date, genre...");
        Field<StringGraphType>("provider");
        Field<UuidScalarType>("idempotencyKey");
    }
}

/// <summary>Exactly one audio operation.</summary>
internal sealed class AudioOperationInputType : InputObjectGraphType
{
    public AudioOperationInputType()
    {
        Name = "AudioOperationInput";
        Description = "Exactly one audio operation (remaster / podcast tools).";
        IsOneOf = true;
        Field<NoiseReductionOperationInputType>("noiseReduction");
        Field<EqualizeOperationInputType>("equalize");
        Field<CompressOperationInputType>("compress");
        Field<DeEssOperationInputType>("deEss");
        Field<NormalizeOperationInputType>("normalize");
        Field<AudioCutOperationInputType>("cut");
        Field<AudioTrimOperationInputType>("trim");
        Field<AudioJoinOperationInputType>("join");
        Field<FadeOperationInputType>("fade");
        Field<RemoveSilenceOperationInputType>("removeSilence");
        Field<AudioCleanOperationInputType>("clean");
    }
}

internal sealed class NoiseReductionOperationInputType : InputObjectGraphType
{
    public NoiseReductionOperationInputType()
    {
        Name = "NoiseReductionOperationInput";
        Description = "Spectral noise reduction.";
        Field<FloatGraphType>("strength").DefaultValue(0.5).Description("0..1.");
    }
}

internal sealed class EqualizeOperationInputType : InputObjectGraphType
{
    public EqualizeOperationInputType()
    {
        Name = "EqualizeOperationInput";
        Description = "Equalizer (preset and/or bands).";
        Field<EqPresetType>("preset");
        Field<ListGraphType<NonNullGraphType<EqBandInputType>>>("bands");
    }
}

internal sealed class EqBandInputType : InputObjectGraphType
{
    public EqBandInputType()
    {
        Name = "EqBandInput";
        Description = "One EQ band.";
        Field<NonNullGraphType<FloatGraphType>>("frequencyHz");
        Field<NonNullGraphType<FloatGraphType>>("gainDb");
        Field<FloatGraphType>("q").DefaultValue(1.0);
    }
}

internal sealed class CompressOperationInputType : InputObjectGraphType
{
    public CompressOperationInputType()
    {
        Name = "CompressOperationInput";
        Description = "Downward compressor with soft knee and make-up gain.";
        Field<FloatGraphType>("thresholdDb").DefaultValue(-18.0);
        Field<FloatGraphType>("ratio").DefaultValue(3.0);
        Field<FloatGraphType>("attackMs").DefaultValue(10.0);
        Field<FloatGraphType>("releaseMs").DefaultValue(120.0);
        Field<FloatGraphType>("makeupDb").DefaultValue(0.0);
    }
}

internal sealed class DeEssOperationInputType : InputObjectGraphType
{
    public DeEssOperationInputType()
    {
        Name = "DeEssOperationInput";
        Description = "De-esser: dynamic cut of the sibilance band.";
        Field<FloatGraphType>("strength").DefaultValue(0.5).Description("0..1.");
        Field<FloatGraphType>("frequencyHz").DefaultValue(6500.0);
    }
}

internal sealed class NormalizeOperationInputType : InputObjectGraphType
{
    public NormalizeOperationInputType()
    {
        Name = "NormalizeOperationInput";
        Description = "Two-pass loudness normalization with a true-peak ceiling, measured after and corrected. A preset sets both values.";
        Field<FloatGraphType>("targetLufs").DefaultValue(-14.0);
        Field<FloatGraphType>("truePeakDb").DefaultValue(-1.0);
        Field<LoudnessPresetType>("preset");
    }
}

internal sealed class AudioCutOperationInputType : InputObjectGraphType
{
    public AudioCutOperationInputType()
    {
        Name = "AudioCutOperationInput";
        Description = "Removes a time range (seconds).";
        Field<NonNullGraphType<FloatGraphType>>("startSeconds");
        Field<NonNullGraphType<FloatGraphType>>("endSeconds");
    }
}

internal sealed class AudioTrimOperationInputType : InputObjectGraphType
{
    public AudioTrimOperationInputType()
    {
        Name = "AudioTrimOperationInput";
        Description = "Keeps only a time range (seconds).";
        Field<NonNullGraphType<FloatGraphType>>("startSeconds");
        Field<NonNullGraphType<FloatGraphType>>("endSeconds");
    }
}

internal sealed class AudioJoinOperationInputType : InputObjectGraphType
{
    public AudioJoinOperationInputType()
    {
        Name = "AudioJoinOperationInput";
        Description = "Appends other audio assets.";
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("assetIds").Description("editPodcast: the other sourceAssetIds when omitted.");
        Field<IntGraphType>("crossfadeMs").DefaultValue(0);
    }
}

internal sealed class FadeOperationInputType : InputObjectGraphType
{
    public FadeOperationInputType()
    {
        Name = "FadeOperationInput";
        Description = "Fade in at the start and/or out at the end.";
        Field<FloatGraphType>("inSeconds").DefaultValue(0.0);
        Field<FloatGraphType>("outSeconds").DefaultValue(0.0);
    }
}

internal sealed class RemoveSilenceOperationInputType : InputObjectGraphType
{
    public RemoveSilenceOperationInputType()
    {
        Name = "RemoveSilenceOperationInput";
        Description = "Removes silences longer than minSilenceSeconds below thresholdDb, keeping marginSeconds each side.";
        Field<FloatGraphType>("thresholdDb").DefaultValue(-45.0);
        Field<FloatGraphType>("minSilenceSeconds").DefaultValue(0.6);
        Field<FloatGraphType>("marginSeconds").DefaultValue(0.15);
    }
}

internal sealed class AudioCleanOperationInputType : InputObjectGraphType
{
    public AudioCleanOperationInputType()
    {
        Name = "AudioCleanOperationInput";
        Description = "Podcast clean-up: denoise, voice EQ, silence removal. removeFillerWords needs word timings (speech recognition) and is refused by the dsp provider.";
        Field<BooleanGraphType>("removeSilence").DefaultValue(true);
        Field<BooleanGraphType>("removeFillerWords").DefaultValue(false);
        Field<BooleanGraphType>("denoise").DefaultValue(true);
    }
}

internal sealed class AudioChapterInputType : InputObjectGraphType
{
    public AudioChapterInputType()
    {
        Name = "AudioChapterInput";
        Description = "A chapter marker (seconds); it ends where the next starts when endSeconds is omitted.";
        Field<NonNullGraphType<FloatGraphType>>("startSeconds");
        Field<FloatGraphType>("endSeconds");
        Field<NonNullGraphType<StringGraphType>>("title");
    }
}

internal sealed class AudioTagInputType : InputObjectGraphType
{
    public AudioTagInputType()
    {
        Name = "AudioTagInput";
        Description = "A container tag (ID3/MP4/Vorbis comment).";
        Field<NonNullGraphType<StringGraphType>>("key").Description("title, artist, album, comment, date, genre, track...");
        Field<NonNullGraphType<StringGraphType>>("value");
    }
}

/// <summary>The contract's <c>AudioJobInput</c> for <c>createJob(spec: { audio })</c>.</summary>
internal sealed class AudioJobInputType : InputObjectGraphType
{
    public AudioJobInputType()
    {
        Name = "AudioJobInput";
        Description = "Spec audio/music job payload (stored in Job.input_payload). Fields used depend on `mode`.";
        Field<NonNullGraphType<AudioJobModeType>>("mode");
        Field<StringGraphType>("provider").Description("Provider key, e.g. \"dsp\".");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("sourceAssetIds");
        Field<ListGraphType<NonNullGraphType<StemTypeType>>>("stems");
        Field<ListGraphType<NonNullGraphType<MusicAnalysisTaskType>>>("analysisTasks");
        Field<InstrumentType>("instrument");
        Field<TabDifficultyType>("difficulty");
        Field<TabFormatType>("tabFormat");
        Field<StringGraphType>("prompt");
        Field<FloatGraphType>("durationSeconds");
        Field<StringGraphType>("genre");
        Field<StringGraphType>("mood");
        Field<FloatGraphType>("bpm");
        Field<StringGraphType>("key");
        Field<BooleanGraphType>("instrumental");
        Field<StringGraphType>("lyrics");
        Field<ListGraphType<NonNullGraphType<AudioOperationInputType>>>("operations");
        Field<AudioFormatType>("outputFormat");
    }
}
