using System.Text.Json.Nodes;
using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using MediaCreator.Modules.Core.Assets.Metadata;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Core.Jobs;
using MediaCreator.Modules.Video.Jobs;
using MediaCreator.Modules.Video.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Modules.Video.GraphQL;

/// <summary>A video job's stored input with the job's provider.</summary>
internal sealed record VideoJobParameters(VideoJobInput Input, string? Provider);

/// <summary>Reads <c>VideoJobParameters</c> from the input payload of the video module's tasks.</summary>
internal sealed class VideoJobParametersView : IJobParametersView
{
    public Type GraphType => typeof(VideoJobParametersType);

    public object? Read(Job job)
    {
        if (!VideoTasks.All.Contains(job.TaskName)) return null;
        try
        {
            return JsonSerializer.Deserialize<VideoJobInput>(job.InputPayloadJson, VideoJobHandler.Json) is { } input ? new VideoJobParameters(input, job.Provider) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary><c>Job.result</c> of subtitle jobs: the SubtitleResult the job wrote.</summary>
internal sealed class VideoJobResultView : IJobResultView
{
    public IReadOnlyList<Type> GraphTypes { get; } = [typeof(SubtitleResultType)];

    public async Task<object?> ReadAsync(Job job, IServiceProvider services, CancellationToken ct) =>
        job.TaskName == VideoTasks.Subtitle
            ? await services.GetRequiredService<VideoDbContext>().Subtitles.AsNoTracking().FirstOrDefaultAsync(s => s.JobId == job.Id, ct)
            : null;
}

internal sealed class VideoJobParametersType : ObjectGraphType<VideoJobParameters>
{
    public VideoJobParametersType()
    {
        Name = "VideoJobParameters";
        Description = "Stored `VideoJobInput` of a video job.";
        IsTypeOf = o => o is VideoJobParameters;
        Field<NonNullGraphType<VideoJobModeType>>("mode").Resolve(c => c.Source.Input.Mode);
        Field<StringGraphType>("provider").Resolve(c => c.Source.Provider);
        Field<StringGraphType>("prompt").Resolve(c => c.Source.Input.Prompt);
        Field<StringGraphType>("script").Resolve(c => c.Source.Input.Script);
        Field<FloatGraphType>("durationSeconds").Resolve(c => c.Source.Input.DurationSeconds);
        Field("aspectRatio", new GraphQLTypeReference("AspectRatio")).Resolve(c => Label(c.Source.Input.AspectRatio));
        Field<ResolutionType>("resolution").Resolve(c => c.Source.Input.Resolution);
        Field<FloatGraphType>("fps").Resolve(c => c.Source.Input.Fps);
        Field<StringGraphType>("style").Resolve(c => c.Source.Input.Style);
        Field<StringGraphType>("language").Resolve(c => c.Source.Input.Language);
        Field<VideoGenerationKindType>("kind").Resolve(c => c.Source.Input.Kind);
        Field<BooleanGraphType>("narration").Resolve(c => c.Source.Input.Narration);
        Field<SubtitleStyleType>("captionStyle").Resolve(c => c.Source.Input.CaptionStyle);
        Field("musicAsset", new GraphQLTypeReference("Asset"))
            .ResolveAsync(async c => c.Source.Input.MusicAssetId is { } id ? await CoreRows.AssetAsync(c, id) : null);
        Field<IntGraphType>("shortVersionSeconds").Resolve(c => c.Source.Input.ShortVersionSeconds);
        Field("sourceAssets", new NonNullGraphType(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference("Asset")))))
            .ResolveAsync(c => CoreRows.AssetsAsync(c, c.Source.Input.SourceAssetIds));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<VideoOperationInterface>>>>("operations")
            .Resolve(c => c.Source.Input.Operations ?? []);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<VideoExportTargetType>>>>("exportTargets")
            .Resolve(c => c.Source.Input.ExportTargets ?? []);
        Field<SubtitleOptionsType>("subtitle").Resolve(c => c.Source.Input.Subtitle);
        Field<IdGraphType>("timelineId").Resolve(c => c.Source.Input.TimelineId is { } id ? Core.GraphQL.Relay.GlobalId.Encode("Timeline", id) : null);
        Field<BooleanGraphType>("proxy").Resolve(c => c.Source.Input.Proxy);
        Field<ListGraphType<NonNullGraphType<VideoPreviewKindType>>>("previews").Resolve(c => c.Source.Input.Previews);
    }

    /// <summary>The AspectRatio enum's value (its label, e.g. <c>9:16</c>) of a stored contract name.</summary>
    internal static string? Label(string? name) => name is null ? null : Abstractions.AspectRatio.Parse(name).ToString();
}

internal sealed class ResolutionType : ObjectGraphType<VideoResolution>
{
    public ResolutionType()
    {
        Name = "Resolution";
        Description = "Pixel resolution.";
        Field(x => x.Width);
        Field(x => x.Height);
    }
}

internal sealed class VideoExportTargetType : ObjectGraphType<VideoExportTargetSpec>
{
    public VideoExportTargetType()
    {
        Name = "VideoExportTarget";
        Description = "One multi-export target.";
        Field("aspectRatio", new NonNullGraphType(new GraphQLTypeReference("AspectRatio"))).Resolve(c => VideoJobParametersType.Label(c.Source.AspectRatio));
        Field<ResolutionType>("resolution").Resolve(c => c.Source.Resolution);
        Field<NonNullGraphType<ReframeStrategyType>>("strategy").Resolve(c => c.Source.Strategy);
    }
}

internal sealed class SubtitleOptionsType : ObjectGraphType<SubtitleOptionsSpec>
{
    public SubtitleOptionsType()
    {
        Name = "SubtitleOptions";
        Description = "Subtitle Engine options.";
        Field<NonNullGraphType<SubtitleModeType>>("mode").Resolve(c => c.Source.Mode);
        Field<StringGraphType>("sourceLanguage").Resolve(c => c.Source.SourceLanguage);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("targetLanguages").Resolve(c => c.Source.TargetLanguages ?? []);
        Field<NonNullGraphType<SubtitleStyleType>>("style").Resolve(c => c.Source.Style);
        Field<NonNullGraphType<BooleanGraphType>>("burnIn").Resolve(c => c.Source.BurnIn);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SubtitleFormatType>>>>("formats")
            .Resolve(c => (c.Source.Formats ?? ["SRT"]).Select(f => Enum.Parse<SubtitleFormat>(f, ignoreCase: true)).ToList());
        Field("subtitleAsset", new GraphQLTypeReference("Asset"))
            .ResolveAsync(async c => c.Source.SubtitleAssetId is { } id ? await CoreRows.AssetAsync(c, id) : null);
    }
}

/// <summary><c>createJob(spec: { video })</c>: the same checks and job as the video mutations.</summary>
internal sealed class VideoJobSpecMember : IJobSpecMember
{
    public string Name => "video";

    public Type InputType => typeof(VideoJobInputType);

    public string Description => "A video job (workers video.generate, video.edit, video.subtitle, jobs.run_video_task).";

    public JobSpecTarget Target(JsonObject spec)
    {
        var mode = (string?)spec["mode"] ?? "GENERATE";
        var task = mode switch
        {
            "GENERATE" => VideoTasks.Generate, "EDIT" => VideoTasks.Edit, "SUBTITLE" => VideoTasks.Subtitle, _ => VideoTasks.Run,
        };
        IReadOnlyList<string> required = mode switch
        {
            "GENERATE" when (string?)spec["kind"] == "MUSIC_VIDEO" => ["musicAssetId"],
            "GENERATE" => [],
            _ => ["sourceAssetIds"],
        };
        // Per-second prices: the seconds asked for (a generated video's length, else a short clip's estimate).
        var seconds = spec["durationSeconds"]?.GetValue<double>() ?? 15;
        return new JobSpecTarget(task, (string?)spec["provider"], required, seconds);
    }

    public Task<MutationPayload> EnqueueAsync(IResolveFieldContext context, Dictionary<string, object?> input, Dictionary<string, object?> spec)
    {
        var mode = (string)spec["mode"]!;
        var mapped = new Dictionary<string, object?>(spec)
        {
            ["projectId"] = input["projectId"], ["idempotencyKey"] = input.GetValueOrDefault("idempotencyKey"),
        };
        var sources = (spec.GetValueOrDefault("sourceAssetIds") as IEnumerable<object?> ?? []).ToList();
        if (mode is "MULTI_EXPORT" or "SUBTITLE" or "PREVIEW")
        {
            if (sources.Count == 0)
                return Task.FromResult(MutationPayload.Fail(new ValidationError($"{mode} needs sourceAssetIds.", "input.spec.video.sourceAssetIds", "REQUIRED")));
            mapped["sourceAssetId"] = sources[0];
        }
        if (mode == "GENERATE" && spec.GetValueOrDefault("prompt") is null)
            return Task.FromResult(MutationPayload.Fail(new ValidationError("GENERATE needs a prompt.", "input.spec.video.prompt", "REQUIRED")));
        if (mode == "TIMELINE")
            return Task.FromResult(MutationPayload.Fail(new ValidationError("Render a timeline with renderTimeline.", "input.spec.video.mode", "UNSUPPORTED")));
        return VideoMutations.EnqueueAsync(context, mapped, mode, "input.spec.video");
    }
}
