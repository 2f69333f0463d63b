using System.Text.Json.Nodes;
using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using MediaCreator.Modules.Audio.Jobs;
using MediaCreator.Modules.Audio.Persistence;
using MediaCreator.Modules.Core.Assets.Metadata;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Core.Jobs;
using MediaCreator.Modules.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Modules.Audio.GraphQL;

/// <summary>An audio job's stored input with the job's provider.</summary>
internal sealed record AudioJobParameters(AudioJobInput Input, string? Provider);

/// <summary>Reads <c>AudioJobParameters</c> from the input payload of the audio module's tasks.</summary>
internal sealed class AudioJobParametersView : IJobParametersView
{
    public Type GraphType => typeof(AudioJobParametersType);

    public object? Read(Job job)
    {
        if (!AudioTasks.All.Contains(job.TaskName)) return null;
        try
        {
            return JsonSerializer.Deserialize<AudioJobInput>(job.InputPayloadJson, AudioJobHandler.Json) is { } input ? new AudioJobParameters(input, job.Provider) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary><c>Job.result</c> of audio jobs: the AudioAnalysis, StemGroup or TabRecord the job wrote.</summary>
internal sealed class AudioJobResultView : IJobResultView
{
    public IReadOnlyList<Type> GraphTypes { get; } = [typeof(AudioAnalysisType), typeof(StemGroupType), typeof(TabRecordType)];

    public async Task<object?> ReadAsync(Job job, IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<AudioDbContext>();
        return job.TaskName switch
        {
            AudioTasks.Analyze => await db.Analyses.AsNoTracking().FirstOrDefaultAsync(a => a.JobId == job.Id, ct),
            AudioTasks.Stems => await db.StemGroups.AsNoTracking().FirstOrDefaultAsync(g => g.JobId == job.Id, ct),
            AudioTasks.Tab => await db.Tabs.AsNoTracking().FirstOrDefaultAsync(t => t.JobId == job.Id, ct),
            _ => null,
        };
    }
}

internal sealed class AudioJobParametersType : ObjectGraphType<AudioJobParameters>
{
    public AudioJobParametersType()
    {
        Name = "AudioJobParameters";
        Description = "Stored input of an audio/music job.";
        IsTypeOf = o => o is AudioJobParameters;
        Field<NonNullGraphType<AudioJobModeType>>("mode").Resolve(c => c.Source.Input.Mode);
        Field<StringGraphType>("provider").Resolve(c => c.Source.Provider);
        Field("sourceAssets", new NonNullGraphType(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference("Asset")))))
            .ResolveAsync(c => CoreRows.AssetsAsync(c, c.Source.Input.SourceAssetIds));
        Field<ListGraphType<NonNullGraphType<StemTypeType>>>("stems")
            .Resolve(c => c.Source.Input.Stems?.Select(s => Enum.Parse<Core.Assets.Metadata.StemType>(s, ignoreCase: true)).ToList());
        Field<ListGraphType<NonNullGraphType<MusicAnalysisTaskType>>>("analysisTasks").Resolve(c => c.Source.Input.AnalysisTasks);
        Field<InstrumentType>("instrument").Resolve(c => c.Source.Input.Instrument);
        Field<TabDifficultyType>("difficulty").Resolve(c => c.Source.Input.Difficulty);
        Field<TabFormatType>("tabFormat").Resolve(c => c.Source.Input.TabFormat);
        Field<StringGraphType>("prompt").Resolve(c => c.Source.Input.Prompt);
        Field<FloatGraphType>("durationSeconds").Resolve(c => c.Source.Input.DurationSeconds);
        Field<StringGraphType>("genre").Resolve(c => c.Source.Input.Genre);
        Field<StringGraphType>("mood").Resolve(c => c.Source.Input.Mood);
        Field<FloatGraphType>("bpm").Resolve(c => c.Source.Input.Bpm);
        Field<StringGraphType>("key").Resolve(c => c.Source.Input.Key);
        Field<BooleanGraphType>("instrumental").Resolve(c => c.Source.Input.Instrumental);
        Field<StringGraphType>("lyrics").Resolve(c => c.Source.Input.Lyrics);
        Field<IntGraphType>("seed").Resolve(c => c.Source.Input.Seed);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AudioOperationInterface>>>>("operations").Resolve(c => c.Source.Input.Operations ?? []);
        Field<AudioFormatType>("outputFormat").Resolve(c => c.Source.Input.OutputFormat is { } f ? Enum.Parse<AudioFormat>(f, ignoreCase: true) : null);
    }
}

/// <summary>The <c>AudioOperation</c> interface; one object type per operation type.</summary>
internal sealed class AudioOperationInterface : InterfaceGraphType<AudioOperationInput>
{
    public AudioOperationInterface()
    {
        Name = "AudioOperation";
        Description = "An audio processing operation (remaster and podcast tools).";
        Field<NonNullGraphType<AudioOperationTypeType>>("type");
    }
}

internal abstract class AudioOperationObjectType : ObjectGraphType<AudioOperationInput>
{
    protected AudioOperationObjectType(string name, string type, string description)
    {
        Name = name;
        Description = description;
        Interface<AudioOperationInterface>();
        IsTypeOf = o => o is AudioOperationInput op && op.Type == type;
        Field<NonNullGraphType<AudioOperationTypeType>>("type").Resolve(c => c.Source.Type);
    }
}

internal sealed class NoiseReductionOperationType : AudioOperationObjectType
{
    public NoiseReductionOperationType() : base("NoiseReductionOperation", "NOISE_REDUCTION", "Noise reduction.") =>
        Field<NonNullGraphType<FloatGraphType>>("strength").Resolve(c => c.Source.Strength ?? 0.5);
}

internal sealed class EqualizeOperationType : AudioOperationObjectType
{
    public EqualizeOperationType() : base("EqualizeOperation", "EQUALIZE", "Equalizer.")
    {
        Field<EqPresetType>("preset").Resolve(c => c.Source.Preset);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EqBandType>>>>("bands").Resolve(c => c.Source.Bands ?? []);
    }
}

internal sealed class EqBandType : ObjectGraphType<EqBandInput>
{
    public EqBandType()
    {
        Name = "EqBand";
        Description = "One EQ band.";
        Field(x => x.FrequencyHz);
        Field(x => x.GainDb);
        Field(x => x.Q);
    }
}

internal sealed class CompressOperationType : AudioOperationObjectType
{
    public CompressOperationType() : base("CompressOperation", "COMPRESS", "Compressor.")
    {
        Field<NonNullGraphType<FloatGraphType>>("thresholdDb").Resolve(c => c.Source.ThresholdDb ?? -18);
        Field<NonNullGraphType<FloatGraphType>>("ratio").Resolve(c => c.Source.Ratio ?? 3);
        Field<NonNullGraphType<FloatGraphType>>("attackMs").Resolve(c => c.Source.AttackMs ?? 10);
        Field<NonNullGraphType<FloatGraphType>>("releaseMs").Resolve(c => c.Source.ReleaseMs ?? 120);
        Field<NonNullGraphType<FloatGraphType>>("makeupDb").Resolve(c => c.Source.MakeupDb ?? 0);
    }
}

internal sealed class DeEssOperationType : AudioOperationObjectType
{
    public DeEssOperationType() : base("DeEssOperation", "DE_ESS", "De-esser.")
    {
        Field<NonNullGraphType<FloatGraphType>>("strength").Resolve(c => c.Source.Strength ?? 0.5);
        Field<NonNullGraphType<FloatGraphType>>("frequencyHz").Resolve(c => c.Source.FrequencyHz ?? 6500);
    }
}

internal sealed class NormalizeOperationType : AudioOperationObjectType
{
    public NormalizeOperationType() : base("NormalizeOperation", "NORMALIZE", "Loudness normalization.")
    {
        Field<NonNullGraphType<FloatGraphType>>("targetLufs").Resolve(c => c.Source.TargetLufs ?? -14);
        Field<NonNullGraphType<FloatGraphType>>("truePeakDb").Resolve(c => c.Source.TruePeakDb ?? -1);
    }
}

internal sealed class AudioCutOperationType : AudioOperationObjectType
{
    public AudioCutOperationType() : base("AudioCutOperation", "CUT", "Removes a time range.")
    {
        Field<NonNullGraphType<FloatGraphType>>("startSeconds").Resolve(c => c.Source.StartSeconds ?? 0);
        Field<NonNullGraphType<FloatGraphType>>("endSeconds").Resolve(c => c.Source.EndSeconds ?? 0);
    }
}

internal sealed class AudioTrimOperationType : AudioOperationObjectType
{
    public AudioTrimOperationType() : base("AudioTrimOperation", "TRIM", "Keeps only a time range.")
    {
        Field<NonNullGraphType<FloatGraphType>>("startSeconds").Resolve(c => c.Source.StartSeconds ?? 0);
        Field<NonNullGraphType<FloatGraphType>>("endSeconds").Resolve(c => c.Source.EndSeconds ?? 0);
    }
}

internal sealed class AudioJoinOperationType : AudioOperationObjectType
{
    public AudioJoinOperationType() : base("AudioJoinOperation", "JOIN", "Appends other audio assets.")
    {
        Field("assets", new NonNullGraphType(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference("Asset")))))
            .ResolveAsync(c => CoreRows.AssetsAsync(c, c.Source.AssetIds));
        Field<NonNullGraphType<IntGraphType>>("crossfadeMs").Resolve(c => c.Source.CrossfadeMs ?? 0);
    }
}

internal sealed class FadeOperationType : AudioOperationObjectType
{
    public FadeOperationType() : base("FadeOperation", "FADE", "Fade in and/or out.")
    {
        Field<NonNullGraphType<FloatGraphType>>("inSeconds").Resolve(c => c.Source.InSeconds ?? 0);
        Field<NonNullGraphType<FloatGraphType>>("outSeconds").Resolve(c => c.Source.OutSeconds ?? 0);
    }
}

internal sealed class RemoveSilenceOperationType : AudioOperationObjectType
{
    public RemoveSilenceOperationType() : base("RemoveSilenceOperation", "REMOVE_SILENCE", "Silence removal.")
    {
        Field<NonNullGraphType<FloatGraphType>>("thresholdDb").Resolve(c => c.Source.ThresholdDb ?? -45);
        Field<NonNullGraphType<FloatGraphType>>("minSilenceSeconds").Resolve(c => c.Source.MinSilenceSeconds ?? 0.6);
        Field<NonNullGraphType<FloatGraphType>>("marginSeconds").Resolve(c => c.Source.MarginSeconds ?? 0.15);
    }
}

internal sealed class AudioCleanOperationType : AudioOperationObjectType
{
    public AudioCleanOperationType() : base("AudioCleanOperation", "CLEAN", "Podcast clean-up.")
    {
        Field<NonNullGraphType<BooleanGraphType>>("removeSilence").Resolve(c => c.Source.RemoveSilence ?? true);
        Field<NonNullGraphType<BooleanGraphType>>("removeFillerWords").Resolve(c => c.Source.RemoveFillerWords ?? false);
        Field<NonNullGraphType<BooleanGraphType>>("denoise").Resolve(c => c.Source.Denoise ?? true);
    }
}

/// <summary><c>createJob(input: { spec: { audio: … } })</c>: the same checks and job as the audio mutations.</summary>
internal sealed class AudioJobSpecMember : IJobSpecMember
{
    public string Name => "audio";

    public Type InputType => typeof(AudioJobInputType);

    public string Description => "An audio/music job (workers audio.stems, music.analyze, music.tab, music.generate, audio.remaster, jobs.run_audio_task).";

    public JobSpecTarget Target(JsonObject spec)
    {
        var mode = (string?)spec["mode"] ?? "GENERATE";
        var task = mode switch
        {
            "STEMS" => AudioTasks.Stems, "ANALYZE" => AudioTasks.Analyze, "TAB" => AudioTasks.Tab, "GENERATE" => AudioTasks.Generate,
            "REMASTER" => AudioTasks.Remaster, _ => AudioTasks.Podcast,
        };
        var seconds = spec["durationSeconds"]?.GetValue<double>() ?? 30;
        return new JobSpecTarget(task, (string?)spec["provider"], mode == "GENERATE" ? [] : ["sourceAssetIds"], seconds);
    }

    public Task<MutationPayload> EnqueueAsync(IResolveFieldContext context, Dictionary<string, object?> input, Dictionary<string, object?> spec)
    {
        var mode = (string)spec["mode"]!;
        var mapped = new Dictionary<string, object?>(spec)
        {
            ["projectId"] = input["projectId"], ["idempotencyKey"] = input.GetValueOrDefault("idempotencyKey"),
            ["tasks"] = spec.GetValueOrDefault("analysisTasks"), ["format"] = spec.GetValueOrDefault("tabFormat"),
        };
        var sources = (spec.GetValueOrDefault("sourceAssetIds") as IEnumerable<object?> ?? []).ToList();
        if (mode != "GENERATE" && sources.Count == 0)
            return Task.FromResult(MutationPayload.Fail(new ValidationError($"{mode} needs sourceAssetIds.", "input.spec.audio.sourceAssetIds", "REQUIRED")));
        if (mode == "STEMS") mapped["sourceAssetId"] = sources[0];
        else if (mode != "PODCAST" && mode != "GENERATE") mapped["audioAssetId"] = sources[0];
        return AudioMutations.EnqueueAsync(context, mapped, mode);
    }
}
