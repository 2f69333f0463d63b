using MediaCreator.Modules.Core.Costs;
using MediaCreator.Modules.Core.Jobs;
using MediaCreator.Modules.Core.Jobs.Engine;
using MediaCreator.Modules.Core.Jobs.Queue;

namespace MediaCreator.Modules.Video.Jobs;

/// <summary>The Video module's worker tasks (spec names) and the providers each can run with.</summary>
internal static class VideoTasks
{
    public const string Module = "video";
    public const string Generate = "video.generate";
    public const string Edit = "video.edit";
    public const string Subtitle = "video.subtitle";
    /// <summary>Multi-format export, timeline renders and previews (spec <c>jobs.run_video_task</c>).</summary>
    public const string Run = "jobs.run_video_task";

    /// <summary>The built-in provider: ffmpeg with our own planning, reframing and captions (spec provider key <c>ffmpeg</c>).</summary>
    public const string Ffmpeg = "ffmpeg";

    /// <summary>The built-in speech recognizer of subtitle jobs (English; weak, about 33% WER).</summary>
    public const string PocketSphinx = "pocketsphinx";

    public static readonly IReadOnlyList<string> All = [Generate, Edit, Subtitle, Run];

    private const string Schema = """
        {"type":"object","required":["mode"],"properties":{
          "mode":{"enum":["GENERATE","EDIT","MULTI_EXPORT","SUBTITLE","TIMELINE","PREVIEW"]},
          "prompt":{"type":"string","maxLength":8000},"script":{"type":"string","maxLength":20000},
          "durationSeconds":{"type":"number","minimum":1,"maximum":600},
          "aspectRatio":{"type":"string","maxLength":16},"fps":{"type":"number","minimum":1,"maximum":120},
          "resolution":{"type":"object","properties":{"width":{"type":"integer","minimum":16,"maximum":7680},"height":{"type":"integer","minimum":16,"maximum":7680}}},
          "sourceAssetIds":{"type":"array","items":{"type":"string"}},"operations":{"type":"array"},"exportTargets":{"type":"array"}}}
        """;

    private static CostProfile PerSecond(decimal unitCost) => new() { Currency = "USD", Unit = CostUnit.PerSecond, UnitCost = unitCost };

    /// <summary>External text/image-to-video services at their published per-second list prices.</summary>
    private static readonly IReadOnlyList<JobTaskProvider> External =
    [
        new("runway", "Runway (Gen-4 image/text to video)", PerSecond(0.05m), BuiltIn: false),
        new("luma", "Luma Dream Machine", PerSecond(0.04m), BuiltIn: false),
        new("pika", "Pika (through fal.ai)", PerSecond(0.04m), BuiltIn: false),
    ];

    public static readonly JobTaskDefinition GenerateTask = new(Generate, Module, JobQueues.Video, JobKind.VideoGenerate,
        "Generates a video: a storyboard (scenes, images, narration, music ducked under the voice, pan/zoom, transitions, captions), a music video cut on the beats, or an external text-to-video service.",
        Ffmpeg, PerSecond(0m), Schema, External);

    public static readonly JobTaskDefinition EditTask = new(Edit, Module, JobQueues.Video, JobKind.VideoEdit,
        "Edits a video: silence cuts, reframing, subtitles, transitions, effects, trim, concat, speed, overlay, music with ducking, loudness — one encode.",
        Ffmpeg, PerSecond(0m), Schema);

    public static readonly JobTaskDefinition SubtitleTask = new(Subtitle, Module, JobQueues.Video, JobKind.VideoSubtitle,
        "Transcribes speech (pocketsphinx, an OpenAI-compatible Whisper server, or our own narration timing), writes SRT/VTT/ASS, translates, burns in captions.",
        PocketSphinx, PerSecond(0m), Schema,
        [
            new("openai", "OpenAI-compatible transcription (Whisper servers)", PerSecond(0.0001m), BuiltIn: false),
        ]);

    public static readonly JobTaskDefinition RunTask = new(Run, Module, JobQueues.Video, JobKind.VideoMultiExport,
        "Multi-format export (16:9, 9:16, 4:5, 1:1 in one decode), timeline renders and previews (proxy, thumbnail strip, waveform).",
        Ffmpeg, PerSecond(0m), Schema);
}
