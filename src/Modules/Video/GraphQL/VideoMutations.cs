using System.Globalization;
using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using MediaCreator.Modules.Core.Assets;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Core.Jobs.Engine;
using MediaCreator.Modules.Core.Persistence;
using MediaCreator.Modules.Video.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MediaCreator.Modules.Video.GraphQL;

/// <summary>
/// The Video mutations. Each checks its input (assets are the caller's and of the right kind, ranges, options) and
/// enqueues one job (job row + queue message + JOB_CREATED in one transaction), returning the QUEUED job at once.
/// </summary>
internal sealed class VideoMutations : IMutationFields
{
    public void AddTo(ObjectGraphType root)
    {
        root.Field<NonNullGraphType<GenerateVideoPayloadType>>("generateVideo")
            .Description("Generates a video from a prompt or script, images or a song (REST `POST /video/generate`, worker `video.generate`).")
            .Argument<NonNullGraphType<GenerateVideoInputType>>("input")
            .ResolveAsync(async c => (object?)await EnqueueAsync(c, Input(c), "GENERATE"));
        root.Field<NonNullGraphType<EditVideoPayloadType>>("editVideo")
            .Description("Applies a typed list of edit operations (REST `POST /video/edit`, worker `video.edit`).")
            .Argument<NonNullGraphType<EditVideoInputType>>("input")
            .ResolveAsync(async c => (object?)await EnqueueAsync(c, Input(c), "EDIT"));
        root.Field<NonNullGraphType<MultiExportVideoPayloadType>>("multiExportVideo")
            .Description("Exports one video into several aspect ratios in one decode (REST `POST /video/multi-export`, worker `jobs.run_video_task`).")
            .Argument<NonNullGraphType<MultiExportVideoInputType>>("input")
            .ResolveAsync(async c => (object?)await EnqueueAsync(c, Input(c), "MULTI_EXPORT"));
        root.Field<NonNullGraphType<SubtitleVideoPayloadType>>("subtitleVideo")
            .Description("Auto subtitles, translation, TikTok style (REST `POST /video/subtitle`, worker `video.subtitle`); result: `Job.result` SubtitleResult.")
            .Argument<NonNullGraphType<SubtitleVideoInputType>>("input")
            .ResolveAsync(async c => (object?)await EnqueueAsync(c, Input(c), "SUBTITLE"));
        root.Field<NonNullGraphType<PreviewVideoPayloadType>>("previewVideo")
            .Description("Preview renders of a video or audio asset: low-resolution proxy, thumbnail strip, waveform image (worker `jobs.run_video_task`).")
            .Argument<NonNullGraphType<PreviewVideoInputType>>("input")
            .ResolveAsync(async c => (object?)await EnqueueAsync(c, Input(c), "PREVIEW"));
    }

    private static Dictionary<string, object?> Input(IResolveFieldContext c) => c.GetArgument<Dictionary<string, object?>>("input");

    /// <summary>Checks a mutation's input (or a createJob video spec mapped to one) and enqueues the job.</summary>
    internal static async Task<MutationPayload> EnqueueAsync(IResolveFieldContext c, Dictionary<string, object?> input, string mode,
        string field = "input")
    {
        var services = c.RequestServices!;
        var check = new VideoInputCheck(c, services.GetRequiredService<CoreDbContext>(), field);
        var options = services.GetRequiredService<IOptions<VideoOptions>>().Value;
        VideoJobInput? job;
        try
        {
            job = mode switch
            {
                "GENERATE" => await GenerateAsync(check, input, options),
                "EDIT" => await EditAsync(check, input),
                "MULTI_EXPORT" => await ExportAsync(check, input),
                "SUBTITLE" => await SubtitleAsync(check, input),
                "PREVIEW" => await PreviewAsync(check, input),
                _ => throw new VideoInputException(new ValidationError($"Mode {mode} is not started through this mutation.", $"{field}.mode", "UNSUPPORTED")),
            };
        }
        catch (VideoInputException e)
        {
            return MutationPayload.Fail(e.Error);
        }

        var task = mode switch
        {
            "GENERATE" => VideoTasks.Generate, "EDIT" => VideoTasks.Edit, "SUBTITLE" => VideoTasks.Subtitle, _ => VideoTasks.Run,
        };
        var provider = input.GetValueOrDefault("provider") as string;
        if (mode == "SUBTITLE") provider ??= options.DefaultTranscriber;
        else if (mode != "GENERATE" && provider is not null && provider != VideoTasks.Ffmpeg)
            return MutationPayload.Fail(new ProviderUnavailableError($"Provider '{provider}' does not offer {task}; the built-in \"ffmpeg\" does.", provider, task));
        var command = new EnqueueJobCommand((string)input["projectId"]!, VideoTasks.Module, task, provider,
            JsonSerializer.Serialize(job, VideoJobHandler.Json), null, input.GetValueOrDefault("idempotencyKey") as Guid?, field);
        return await services.GetRequiredService<JobEnqueuer>().EnqueueAsync(command, c.CancellationToken);
    }

    private static async Task<VideoJobInput> GenerateAsync(VideoInputCheck check, Dictionary<string, object?> input, VideoOptions options)
    {
        var kind = input.GetValueOrDefault("kind") as string ?? "STORYBOARD";
        var prompt = (input.GetValueOrDefault("prompt") as string)?.Trim();
        var script = (input.GetValueOrDefault("script") as string)?.Trim();
        if (string.IsNullOrEmpty(prompt) && string.IsNullOrEmpty(script) && kind == "STORYBOARD")
            throw check.Invalid("prompt", "Give a prompt or a script.", "REQUIRED");
        var duration = Number(input, "durationSeconds") ?? 15;
        if (duration < 1 || duration > options.MaxGenerateSeconds)
            throw check.Invalid("durationSeconds", $"durationSeconds must be between 1 and {options.MaxGenerateSeconds}.", "OUT_OF_RANGE");
        var fps = Number(input, "fps") ?? 30;
        if (fps is < 1 or > 60) throw check.Invalid("fps", "fps must be between 1 and 60.", "OUT_OF_RANGE");
        var sources = await check.AssetsAsync(input.GetValueOrDefault("sourceAssetIds"), "sourceAssetIds", AssetType.Image, AssetType.Video);
        Guid? music = input.GetValueOrDefault("musicAssetId") is { } m
            ? await check.AssetAsync(m, "musicAssetId", AssetType.Audio, AssetType.Video) : null;
        var shortVersion = input.GetValueOrDefault("shortVersionSeconds") is { } s ? Convert.ToInt32(s, CultureInfo.InvariantCulture) : (int?)null;
        if (kind == "MUSIC_VIDEO")
        {
            if (music is null) throw check.Invalid("musicAssetId", "A MUSIC_VIDEO needs the song: musicAssetId.", "REQUIRED");
            if (shortVersion is not (null or 15 or 30 or 60)) throw check.Invalid("shortVersionSeconds", "shortVersionSeconds must be 15, 30 or 60.", "OUT_OF_RANGE");
        }
        else if (shortVersion is not null)
        {
            throw check.Invalid("shortVersionSeconds", "shortVersionSeconds applies to MUSIC_VIDEO only.", "UNSUPPORTED");
        }
        return new VideoJobInput
        {
            Mode = "GENERATE", Kind = kind, Prompt = prompt, Script = string.IsNullOrEmpty(script) ? null : script, DurationSeconds = duration,
            AspectRatio = Aspect(input.GetValueOrDefault("aspectRatio")) ?? "RATIO_9_16", Resolution = check.Resolution(input), Fps = fps,
            Style = input.GetValueOrDefault("style") as string, Language = check.Language(input.GetValueOrDefault("language") as string ?? "en", "language"),
            SourceAssetIds = sources.Count == 0 ? null : sources, Narration = input.GetValueOrDefault("narration") as bool? ?? true,
            Voice = input.GetValueOrDefault("voice") as string,
            CaptionStyle = input.TryGetValue("captionStyle", out var caption) ? caption as string : "STANDARD",
            MusicAssetId = music, GenerateMusic = input.GetValueOrDefault("generateMusic") as bool? ?? false,
            MusicMood = input.GetValueOrDefault("musicMood") as string, ShortVersionSeconds = shortVersion,
            ImageProvider = input.GetValueOrDefault("imageProvider") as string,
        };
    }

    private static async Task<VideoJobInput> EditAsync(VideoInputCheck check, Dictionary<string, object?> input)
    {
        var sources = await check.AssetsAsync(input.GetValueOrDefault("sourceAssetIds"), "sourceAssetIds", AssetType.Video);
        if (sources.Count == 0) throw check.Invalid("sourceAssetIds", "Give at least one video.", "REQUIRED");
        var given = (input.GetValueOrDefault("operations") as IEnumerable<object?> ?? []).OfType<Dictionary<string, object?>>().ToList();
        if (given.Count == 0 && sources.Count == 1) throw check.Invalid("operations", "Give at least one operation.", "REQUIRED");
        var operations = new List<VideoOperationSpec>();
        for (var i = 0; i < given.Count; i++) operations.Add(await check.OperationAsync(given[i], i));
        return new VideoJobInput
        {
            Mode = "EDIT", SourceAssetIds = sources, Operations = operations, AspectRatio = Aspect(input.GetValueOrDefault("aspectRatio")),
            Resolution = check.Resolution(input),
        };
    }

    private static async Task<VideoJobInput> ExportAsync(VideoInputCheck check, Dictionary<string, object?> input)
    {
        var source = await check.AssetAsync(input.GetValueOrDefault("sourceAssetId"), "sourceAssetId", AssetType.Video);
        var targets = (input.GetValueOrDefault("targets") as IEnumerable<object?> ?? input.GetValueOrDefault("exportTargets") as IEnumerable<object?> ?? [])
            .OfType<Dictionary<string, object?>>().ToList();
        if (targets.Count is 0 or > 8) throw check.Invalid("targets", "Give 1 to 8 targets.", "OUT_OF_RANGE");
        var specs = targets.Select((t, i) => new VideoExportTargetSpec(Aspect(t.GetValueOrDefault("aspectRatio"))!,
            check.Resolution(t, $"targets[{i}]."), t.GetValueOrDefault("strategy") as string ?? "SMART_CROP")).ToList();
        return new VideoJobInput { Mode = "MULTI_EXPORT", SourceAssetIds = [source], ExportTargets = specs };
    }

    private static async Task<VideoJobInput> SubtitleAsync(VideoInputCheck check, Dictionary<string, object?> input)
    {
        var options = input.GetValueOrDefault("subtitle") as Dictionary<string, object?> ?? input;
        var prefix = ReferenceEquals(options, input) ? "" : "subtitle.";
        var burnIn = options.GetValueOrDefault("burnIn") as bool? ?? false;
        var sourceId = input.GetValueOrDefault("sourceAssetId") ?? (input.GetValueOrDefault("sourceAssetIds") as IEnumerable<object?>)?.FirstOrDefault();
        var source = burnIn
            ? await check.AssetAsync(sourceId, "sourceAssetId", AssetType.Video)
            : await check.AssetAsync(sourceId, "sourceAssetId", AssetType.Video, AssetType.Audio);
        var mode = options.GetValueOrDefault("mode") as string ?? "AUTO";
        Guid? subtitleAsset = null;
        if (mode == "FROM_ASSET")
        {
            if (options.GetValueOrDefault("subtitleAssetId") is not { } sid)
                throw check.Invalid(prefix + "subtitleAssetId", "FROM_ASSET needs subtitleAssetId.", "REQUIRED");
            subtitleAsset = await check.AssetAsync(sid, prefix + "subtitleAssetId", AssetType.Subtitle);
        }
        var targets = (options.GetValueOrDefault("targetLanguages") as IEnumerable<object?> ?? []).OfType<string>()
            .Select((l, i) => check.Language(l, $"{prefix}targetLanguages[{i}]")).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var formats = (options.GetValueOrDefault("formats") as IEnumerable<object?> ?? []).Select(f => f!.ToString()!.ToUpperInvariant()).Distinct().ToList();
        return new VideoJobInput
        {
            Mode = "SUBTITLE", SourceAssetIds = [source],
            Subtitle = new SubtitleOptionsSpec
            {
                Mode = mode, SourceLanguage = options.GetValueOrDefault("sourceLanguage") is string sl ? check.Language(sl, prefix + "sourceLanguage") : null,
                TargetLanguages = targets.Count == 0 ? null : targets, Style = options.GetValueOrDefault("style") as string ?? "STANDARD",
                BurnIn = burnIn, Formats = formats.Count == 0 ? ["SRT"] : formats, SubtitleAssetId = subtitleAsset,
            },
        };
    }

    private static async Task<VideoJobInput> PreviewAsync(VideoInputCheck check, Dictionary<string, object?> input)
    {
        var (source, type) = await check.AssetWithTypeAsync(input.GetValueOrDefault("sourceAssetId"), "sourceAssetId", AssetType.Video, AssetType.Audio);
        var kinds = (input.GetValueOrDefault("kinds") as IEnumerable<object?> ?? []).OfType<string>().Distinct().ToList();
        if (kinds.Count == 0) kinds = type == AssetType.Audio ? ["WAVEFORM"] : ["PROXY", "THUMBNAIL_STRIP", "WAVEFORM"];
        if (type == AssetType.Audio && kinds.Any(k => k != "WAVEFORM"))
            throw check.Invalid("kinds", "An audio asset has a WAVEFORM preview only.", "UNSUPPORTED");
        var count = input.GetValueOrDefault("thumbnailCount") is { } n ? Convert.ToInt32(n, CultureInfo.InvariantCulture) : 10;
        if (count is < 1 or > 50) throw check.Invalid("thumbnailCount", "thumbnailCount must be between 1 and 50.", "OUT_OF_RANGE");
        return new VideoJobInput { Mode = "PREVIEW", SourceAssetIds = [source], Previews = kinds, ThumbnailCount = count };
    }

    /// <summary>The contract name of an AspectRatio argument (its value is the label, e.g. <c>9:16</c>).</summary>
    internal static string? Aspect(object? value) => value is string s ? Abstractions.AspectRatio.Parse(s).EnumName : null;

    internal static double? Number(Dictionary<string, object?> input, string field) =>
        input.GetValueOrDefault(field) is { } v ? Convert.ToDouble(v, CultureInfo.InvariantCulture) : null;
}

/// <summary>A mutation input that cannot be enqueued, with the error to return.</summary>
internal sealed class VideoInputException(IMutationError error) : Exception(error.Message)
{
    public IMutationError Error { get; } = error;
}
