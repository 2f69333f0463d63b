using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using MediaCreator.Modules.Audio.Jobs;
using MediaCreator.Modules.Core.Assets;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Jobs.Engine;
using MediaCreator.Modules.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MediaCreator.Modules.Audio.GraphQL;

/// <summary>
/// The Music &amp; Audio mutations. Each checks its input (assets are the caller's audio or video, ranges, keys) and
/// enqueues one job (job row + queue message + JOB_CREATED in one transaction), returning the QUEUED job at once.
/// </summary>
internal sealed class AudioMutations : IMutationFields
{
    public void AddTo(ObjectGraphType root)
    {
        root.Field<NonNullGraphType<SeparateStemsPayloadType>>("separateStems")
            .Description("Separates stems (vocal, drums, bass, other) (REST `POST /audio/stems`, worker `audio.stems`); result: `Job.result` StemGroup.")
            .Argument<NonNullGraphType<SeparateStemsInputType>>("input")
            .ResolveAsync(async c => (object?)await EnqueueAsync(c, Input(c), "STEMS"));
        root.Field<NonNullGraphType<AnalyzeMusicPayloadType>>("analyzeMusic")
            .Description("Analyzes BPM, key, chords, structure, energy and loudness (REST `POST /music/analyze`, worker `music.analyze`); result: AudioAnalysis.")
            .Argument<NonNullGraphType<AnalyzeMusicInputType>>("input")
            .ResolveAsync(async c => (object?)await EnqueueAsync(c, Input(c), "ANALYZE"));
        root.Field<NonNullGraphType<GenerateTabPayloadType>>("generateTab")
            .Description("Generates guitar/bass/ukulele tabs (REST `POST /music/tab`, worker `music.tab`); result: TabRecord.")
            .Argument<NonNullGraphType<GenerateTabInputType>>("input")
            .ResolveAsync(async c => (object?)await EnqueueAsync(c, Input(c), "TAB"));
        root.Field<NonNullGraphType<GenerateMusicPayloadType>>("generateMusic")
            .Description("Generates music from a prompt (REST `POST /music/generate`, worker `music.generate`); outputs: the audio and its MIDI.")
            .Argument<NonNullGraphType<GenerateMusicInputType>>("input")
            .ResolveAsync(async c => (object?)await EnqueueAsync(c, Input(c), "GENERATE"));
        root.Field<NonNullGraphType<RemasterAudioPayloadType>>("remasterAudio")
            .Description("Noise reduction, EQ, compression, de-essing, loudness normalization (REST `POST /audio/remaster`, worker `audio.remaster`).")
            .Argument<NonNullGraphType<RemasterAudioInputType>>("input")
            .ResolveAsync(async c => (object?)await EnqueueAsync(c, Input(c), "REMASTER"));
        root.Field<NonNullGraphType<EditPodcastPayloadType>>("editPodcast")
            .Description("Podcast tools: cut, trim, join with crossfade, fades, silence removal, clean-up, chapters and tags (worker `jobs.run_audio_task`).")
            .Argument<NonNullGraphType<EditPodcastInputType>>("input")
            .ResolveAsync(async c => (object?)await EnqueueAsync(c, Input(c), "PODCAST"));
    }

    private static Dictionary<string, object?> Input(IResolveFieldContext c) => c.GetArgument<Dictionary<string, object?>>("input");

    /// <summary>Checks a mutation's input (or a createJob audio spec mapped to one) and enqueues the job.</summary>
    internal static async Task<MutationPayload> EnqueueAsync(IResolveFieldContext c, Dictionary<string, object?> input, string mode)
    {
        var services = c.RequestServices!;
        var db = services.GetRequiredService<CoreDbContext>();
        var options = services.GetRequiredService<IOptions<AudioOptions>>().Value;
        var sourceField = mode switch { "STEMS" => "sourceAssetId", "PODCAST" => "sourceAssetIds", "GENERATE" => null, _ => "audioAssetId" };
        var sources = new List<Guid>();
        if (sourceField is not null)
        {
            var raw = input.GetValueOrDefault(sourceField);
            List<object?> given = raw is string single ? [single] : (raw as IEnumerable<object?>)?.ToList() ?? [];
            if (given.Count == 0) return MutationPayload.Fail(new ValidationError("Give at least one source asset.", $"input.{sourceField}", "REQUIRED"));
            for (var i = 0; i < given.Count; i++)
            {
                var field = given.Count > 1 || mode == "PODCAST" ? $"input.{sourceField}[{i}]" : $"input.{sourceField}";
                var (id, error) = await AudioAssetAsync(c, db, given[i], field);
                if (error is not null) return MutationPayload.Fail(error);
                sources.Add(id);
            }
        }
        Guid? reference = null;
        if (input.GetValueOrDefault("referenceAssetId") is { } referenceId)
        {
            var (id, error) = await AudioAssetAsync(c, db, referenceId, "input.referenceAssetId");
            if (error is not null) return MutationPayload.Fail(error);
            reference = id;
        }

        var operations = new List<AudioOperationInput>();
        var opsGiven = input.GetValueOrDefault("operations") as IEnumerable<object?> ?? [];
        var index = 0;
        foreach (var op in opsGiven.OfType<Dictionary<string, object?>>())
        {
            var (operation, error) = await OperationAsync(c, db, op, index++);
            if (error is not null) return MutationPayload.Fail(error);
            operations.Add(operation!);
        }
        if (mode is "REMASTER" or "PODCAST" && operations.Count == 0)
            return MutationPayload.Fail(new ValidationError("Give at least one operation.", "input.operations", "REQUIRED"));

        var duration = Double(input, "durationSeconds");
        if (mode == "GENERATE")
        {
            if (duration is < 5 or > 600)
                return MutationPayload.Fail(new ValidationError("durationSeconds must be between 5 and 600.", "input.durationSeconds", "OUT_OF_RANGE"));
            if (Double(input, "bpm") is < 40 or > 240)
                return MutationPayload.Fail(new ValidationError("bpm must be between 40 and 240.", "input.bpm", "OUT_OF_RANGE"));
            if (input.GetValueOrDefault("key") is string key && !MusicKeys.IsValid(key))
                return MutationPayload.Fail(new ValidationError($"'{key}' is not a key; write it as \"C:maj\" or \"A:min\" (tonic A–G with # or b).", "input.key", "INVALID_FORMAT"));
        }

        var chapters = (input.GetValueOrDefault("chapters") as IEnumerable<object?> ?? []).OfType<Dictionary<string, object?>>()
            .Select(ch => new AudioChapterInput(Double(ch, "startSeconds") ?? 0, Double(ch, "endSeconds"), (string)ch["title"]!)).ToList();
        if (chapters.FirstOrDefault(ch => ch.StartSeconds < 0 || ch.EndSeconds <= ch.StartSeconds) is { } badChapter)
            return MutationPayload.Fail(new ValidationError($"Chapter '{badChapter.Title}' has an empty or negative range.", "input.chapters", "OUT_OF_RANGE"));
        var tags = (input.GetValueOrDefault("tags") as IEnumerable<object?> ?? []).OfType<Dictionary<string, object?>>()
            .GroupBy(t => ((string)t["key"]!).Trim().ToLowerInvariant()).ToDictionary(g => g.Key, g => (string)g.Last()["value"]!);

        var job = new AudioJobInput
        {
            Mode = mode,
            SourceAssetIds = sources.Count == 0 ? null : sources,
            Stems = Names(input, "stems"),
            AnalysisTasks = Names(input, "tasks") ?? Names(input, "analysisTasks"),
            Instrument = input.GetValueOrDefault("instrument") as string,
            Difficulty = input.GetValueOrDefault("difficulty") as string ?? (mode == "TAB" ? "ORIGINAL" : null),
            TabFormat = input.GetValueOrDefault("format") as string ?? input.GetValueOrDefault("tabFormat") as string ?? (mode == "TAB" ? "TEXT" : null),
            Prompt = input.GetValueOrDefault("prompt") as string,
            DurationSeconds = mode == "GENERATE" ? duration ?? 30 : null,
            Genre = input.GetValueOrDefault("genre") as string,
            Mood = input.GetValueOrDefault("mood") as string,
            Bpm = Double(input, "bpm"),
            Key = input.GetValueOrDefault("key") as string,
            Instrumental = input.GetValueOrDefault("instrumental") as bool?,
            Lyrics = input.GetValueOrDefault("lyrics") as string,
            Instruments = (input.GetValueOrDefault("instruments") as IEnumerable<object?>)?.OfType<string>().ToList(),
            Seed = input.GetValueOrDefault("seed") is { } seed ? Convert.ToInt32(seed) : null,
            ReferenceAssetId = reference,
            Operations = operations.Count == 0 ? null : operations,
            OutputFormat = input.GetValueOrDefault("outputFormat")?.ToString()?.ToUpperInvariant(),
            Chapters = chapters.Count == 0 ? null : chapters,
            Tags = tags.Count == 0 ? null : tags,
        };
        if (mode == "TAB" && job.Instrument is null)
            return MutationPayload.Fail(new ValidationError("TAB needs an instrument.", "input.instrument", "REQUIRED"));
        if (mode == "PODCAST" && sources.Count > 1 && operations.All(o => o.Type != "JOIN"))
            return MutationPayload.Fail(new ValidationError("Several source tracks need a join operation to combine them.", "input.operations", "REQUIRED"));

        var task = mode switch
        {
            "STEMS" => AudioTasks.Stems, "ANALYZE" => AudioTasks.Analyze, "TAB" => AudioTasks.Tab, "GENERATE" => AudioTasks.Generate,
            "REMASTER" => AudioTasks.Remaster, _ => AudioTasks.Podcast,
        };
        var provider = input.GetValueOrDefault("provider") as string ?? mode switch
        {
            "STEMS" => options.DefaultStemProvider,
            "GENERATE" => options.DefaultMusicProvider,
            _ => AudioTasks.Dsp,
        };
        var command = new EnqueueJobCommand((string)input["projectId"]!, AudioTasks.Module, task, provider,
            JsonSerializer.Serialize(job, AudioJobHandler.Json), null, input.GetValueOrDefault("idempotencyKey") as Guid?, "input");
        return await services.GetRequiredService<JobEnqueuer>().EnqueueAsync(command, c.CancellationToken);
    }

    private static async Task<(AudioOperationInput? Operation, IMutationError? Error)> OperationAsync(
        IResolveFieldContext c, CoreDbContext db, Dictionary<string, object?> op, int index)
    {
        var field = $"input.operations[{index}]";
        var (name, value) = op.First(p => p.Value is not null);
        var args = value as Dictionary<string, object?> ?? [];
        var type = name switch
        {
            "noiseReduction" => "NOISE_REDUCTION", "equalize" => "EQUALIZE", "compress" => "COMPRESS", "deEss" => "DE_ESS",
            "normalize" => "NORMALIZE", "cut" => "CUT", "trim" => "TRIM", "join" => "JOIN", "fade" => "FADE",
            "removeSilence" => "REMOVE_SILENCE", _ => "CLEAN",
        };
        var operation = new AudioOperationInput
        {
            Type = type,
            Strength = Double(args, "strength"),
            Preset = args.GetValueOrDefault("preset") as string,
            Bands = (args.GetValueOrDefault("bands") as IEnumerable<object?>)?.OfType<Dictionary<string, object?>>()
                .Select(b => new EqBandInput(Double(b, "frequencyHz") ?? 0, Double(b, "gainDb") ?? 0, Double(b, "q") ?? 1)).ToList(),
            TargetLufs = Double(args, "targetLufs"),
            TruePeakDb = Double(args, "truePeakDb"),
            StartSeconds = Double(args, "startSeconds"),
            EndSeconds = Double(args, "endSeconds"),
            CrossfadeMs = args.GetValueOrDefault("crossfadeMs") is { } ms ? Convert.ToInt32(ms) : null,
            RemoveSilence = args.GetValueOrDefault("removeSilence") as bool?,
            RemoveFillerWords = args.GetValueOrDefault("removeFillerWords") as bool?,
            Denoise = args.GetValueOrDefault("denoise") as bool?,
            ThresholdDb = Double(args, "thresholdDb"),
            Ratio = Double(args, "ratio"),
            AttackMs = Double(args, "attackMs"),
            ReleaseMs = Double(args, "releaseMs"),
            MakeupDb = Double(args, "makeupDb"),
            FrequencyHz = Double(args, "frequencyHz"),
            InSeconds = Double(args, "inSeconds"),
            OutSeconds = Double(args, "outSeconds"),
            MinSilenceSeconds = Double(args, "minSilenceSeconds"),
            MarginSeconds = Double(args, "marginSeconds"),
        };
        if (type == "NORMALIZE" && operation.Preset is { } preset)
            operation = operation with { TargetLufs = preset switch { "BROADCAST" => -23, "PODCAST" or "APPLE_MUSIC" => -16, _ => -14 }, TruePeakDb = -1 };
        if (type == "NORMALIZE" && operation.TargetLufs is < -70 or > -5)
            return (null, new ValidationError("targetLufs must be between -70 and -5.", $"{field}.normalize.targetLufs", "OUT_OF_RANGE"));
        if (type == "NORMALIZE" && operation.TruePeakDb is < -20 or > 0)
            return (null, new ValidationError("truePeakDb must be between -20 and 0.", $"{field}.normalize.truePeakDb", "OUT_OF_RANGE"));
        if (operation.Strength is < 0 or > 1)
            return (null, new ValidationError("strength must be between 0 and 1.", $"{field}.{name}.strength", "OUT_OF_RANGE"));
        if (type is "CUT" or "TRIM" && (operation.StartSeconds < 0 || operation.EndSeconds <= operation.StartSeconds))
            return (null, new ValidationError("startSeconds must be >= 0 and before endSeconds.", $"{field}.{name}", "OUT_OF_RANGE"));
        if (type == "JOIN")
        {
            if (operation.CrossfadeMs is < 0 or > 30000)
                return (null, new ValidationError("crossfadeMs must be between 0 and 30000.", $"{field}.join.crossfadeMs", "OUT_OF_RANGE"));
            var ids = new List<Guid>();
            var given = (args.GetValueOrDefault("assetIds") as IEnumerable<object?> ?? []).ToList();
            for (var i = 0; i < given.Count; i++)
            {
                var (id, error) = await AudioAssetAsync(c, db, given[i], $"{field}.join.assetIds[{i}]");
                if (error is not null) return (null, error);
                ids.Add(id);
            }
            operation = operation with { AssetIds = ids.Count == 0 ? null : ids };
        }
        if (type == "CLEAN" && operation.RemoveFillerWords == true)
            return (null, new ValidationError("removeFillerWords needs word timings from speech recognition, which the dsp provider does not have; subtitle the audio with video.subtitle first.",
                $"{field}.clean.removeFillerWords", "UNSUPPORTED"));
        return (operation, null);
    }

    /// <summary>Decodes an Asset global id the caller owns that holds sound (audio, or video with its track).</summary>
    private static async Task<(Guid Id, IMutationError? Error)> AudioAssetAsync(IResolveFieldContext c, CoreDbContext db, object? value, string field)
    {
        var globalId = value as string;
        if (await AssetReferences.FindAsync(db, globalId, c.CancellationToken) is not { } asset) return (Guid.Empty, NotFoundError.For("Asset", globalId));
        if (asset.Type is not (AssetType.Audio or AssetType.Video))
            return (Guid.Empty, new UnsupportedMediaError($"{field}: the asset is {asset.Type.ToString().ToUpperInvariant()}; audio or video is needed.",
                globalId, asset.MimeType, ["audio/*", "video/*"]));
        return (asset.Id, null);
    }

    private static List<string>? Names(Dictionary<string, object?> input, string field) =>
        (input.GetValueOrDefault(field) as IEnumerable<object?>)?.Select(v => v!.ToString()!.ToUpperInvariant()).Distinct().ToList();

    private static double? Double(Dictionary<string, object?> input, string field) =>
        input.GetValueOrDefault(field) is { } v ? Convert.ToDouble(v, System.Globalization.CultureInfo.InvariantCulture) : null;
}

/// <summary>Spec key notation: <c>C:maj</c>, <c>F#:min</c>, <c>Bb:maj</c>.</summary>
internal static class MusicKeys
{
    public static bool IsValid(string key) =>
        System.Text.RegularExpressions.Regex.IsMatch(key, "^[A-Ga-g](#|b)?:(maj|min)$");
}
