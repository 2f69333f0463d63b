using System.Text.Json;
using MediaCreator.Modules.Core.Assets;
using MediaCreator.Modules.Core.Jobs;
using MediaCreator.Modules.Core.Jobs.Engine;
using MediaCreator.Modules.Core.Storage;
using MediaCreator.Modules.Video.Abstractions;
using MediaCreator.Modules.Video.Generation.Music;
using MediaCreator.Modules.Video.Generation.Planning;
using MediaCreator.Modules.Video.Generation.Rendering;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Modules.Video.Jobs;

internal sealed partial class VideoJobRun
{
    /// <summary>
    /// GENERATE: an external text-to-video provider (submit, poll, download), a music video cut on the beats of a song
    /// (analysis through a <c>music.analyze</c> job), or a storyboard: planned scenes whose images come from the
    /// uploads or from <c>image.generate</c> jobs, narration (text-to-speech), music (an asset or a <c>music.generate</c>
    /// job) ducked under the voice, motion, transitions and captions.
    /// </summary>
    public async Task<VideoJobOutput> GenerateAsync()
    {
        var aspect = AspectRatio.Parse(input.AspectRatio ?? "RATIO_9_16");
        var (width, height) = aspect.FrameSize(input.Resolution?.Width, input.Resolution?.Height);
        if (Provider != VideoTasks.Ffmpeg) return await ExternalAsync(aspect, width, height);
        return input.Kind == "MUSIC_VIDEO" ? await MusicVideoAsync(aspect, width, height) : await StoryboardAsync(aspect, width, height);
    }

    private async Task<VideoJobOutput> StoryboardAsync(AspectRatio aspect, int width, int height)
    {
        var language = input.Language ?? "en";
        var plan = handler.Services.GetRequiredService<StoryboardPlanner>().Plan(
            new StoryboardRequest(input.Prompt, input.Script, input.DurationSeconds ?? 15, aspect, input.Style, language));
        progress.Report(0.02, $"planned {plan.Scenes.Count} scenes");

        var visuals = await SceneVisualsAsync(plan.Scenes.Select(s => s.VisualPrompt).ToList(), width, height, 0.03, 0.45);
        SpeechClip? narration = null;
        if (input.Narration != false && plan.NarrationPhrases.Count > 0)
        {
            progress.Report(0.46, "speaking the narration");
            var speech = handler.Provider<ISpeechSynthesizer>(handler.Options.DefaultSpeechProvider, s => s.Key, "text-to-speech");
            narration = await speech.SynthesizeAsync(plan.NarrationPhrases, language, input.Voice, Scratch("narration.wav"), Token);
        }
        var music = await MusicAsync(plan.DurationSeconds, 0.5, 0.6);

        var output = Scratch("generated.mp4");
        var captions = input.CaptionStyle is { } style ? handler.Services.GetRequiredService<ICaptionRenderer>() : null;
        var renderer = handler.Services.GetRequiredService<StoryboardRenderer>();
        await renderer.RenderAsync(new StoryboardRenderRequest(plan, visuals, output, scratch, width, height, input.Fps ?? 30, narration, music,
            Captions: captions, CaptionStyle: input.CaptionStyle ?? "STANDARD"), Stage(0.6, 0.97, "rendering"), Token);

        Transcript? spoken = null;
        if (narration is not null)
            spoken = (await NarrationTrack.BuildAsync(plan, narration, handler.Services.GetRequiredService<StoryboardRendererOptions>(),
                Scratch("narration-placed.wav"), Token)).Captions;
        var (asset, info) = await SaveVideoAsync(0, output, $"{Slug(plan.Title)}.mp4", null,
            extra: new Dictionary<string, object?> { ["prompt"] = input.Prompt, ["scenes"] = plan.Scenes.Count });
        await RecordCostAsync(info.DurationSeconds);
        return new VideoJobOutput(input.Mode, [asset.Id], Notes: plan.Notes, Narration: spoken);
    }

    private async Task<VideoJobOutput> MusicVideoAsync(AspectRatio aspect, int width, int height)
    {
        var songId = input.MusicAssetId ?? throw new VideoProcessingException("INVALID_INPUT", "A MUSIC_VIDEO needs musicAssetId.");
        var (song, songPath) = await SourceAsync(songId, "musicAssetId", AssetType.Audio, AssetType.Video);
        progress.Report(0.02, "analyzing the song");
        var analysis = await context.RunChildAsync("music.analyze", null,
            JsonSerializer.Serialize(new { mode = "ANALYZE", sourceAssetIds = new[] { song.Id } }), "analyze-song",
            new Progress<double>(p => progress.Report(0.02 + 0.18 * p, "analyzing the song")), Token);
        var timing = ReadTiming(analysis.Job.OutputPayloadJson);

        TimeRange? window = null;
        var notes = new List<string>();
        if (input.ShortVersionSeconds is { } seconds)
        {
            var pick = ShortVersionPicker.Pick(timing, seconds);
            window = pick.Range;
            notes.Add(pick.Reason);
        }
        var count = input.SourceAssetIds?.Count ?? Math.Clamp(timing.Sections.Count, 3, 8);
        var prompts = Enumerable.Range(0, count).Select(i => timing.Sections.Count > 0
            ? $"{input.Prompt}, {timing.Sections[i % timing.Sections.Count].Label.ToLowerInvariant()} mood" : $"{input.Prompt}, shot {i + 1}").ToList();
        var visuals = await SceneVisualsAsync(prompts, width, height, 0.2, 0.5);
        var plan = handler.Services.GetRequiredService<MusicVideoPlanner>().Plan(timing, visuals.Count, aspect, window, input.Prompt);
        var scenePaths = plan.VisualIndexes.Select(i => visuals[i]).ToList();

        var output = Scratch("music-video.mp4");
        await handler.Services.GetRequiredService<StoryboardRenderer>().RenderAsync(
            new StoryboardRenderRequest(plan.Storyboard, scenePaths, output, scratch, width, height, input.Fps ?? 30, MusicPath: songPath,
                MusicStart: plan.Window.Start, MusicVolume: 1, DuckMusic: false), Stage(0.5, 0.97, "rendering"), Token);
        var (asset, info) = await SaveVideoAsync(0, output, NameFrom(song, window is null ? "music-video" : $"short-{input.ShortVersionSeconds}s"), song.Id,
            extra: new Dictionary<string, object?> { ["cuts"] = plan.Storyboard.Scenes.Count, ["songStart"] = Math.Round(plan.Window.Start, 3) });
        await RecordCostAsync(info.DurationSeconds);
        return new VideoJobOutput(input.Mode, [asset.Id], Notes: [.. notes, .. plan.Storyboard.Notes]);
    }

    private async Task<VideoJobOutput> ExternalAsync(AspectRatio aspect, int width, int height)
    {
        var provider = handler.Provider<ITextToVideoProvider>(Provider, p => p.Key, "text-to-video");
        string? image = null;
        if (input.SourceAssetIds is [var first, ..]) image = (await SourceAsync(first, "sourceAssetIds[0]", AssetType.Image)).Path;
        var output = Scratch("external.mp4");
        var prompt = input.Prompt ?? input.Script ?? throw new VideoProcessingException("INVALID_INPUT", "prompt is required.");
        var info = await provider.GenerateAsync(new TextToVideoRequest(prompt, input.DurationSeconds ?? 5, aspect, width, height, input.Style, image, output),
            Stage(0.02, 0.95, Provider), Token);
        var (asset, _) = await SaveVideoAsync(0, output, $"{Slug(prompt)}.mp4", null, Provider,
            new Dictionary<string, object?> { ["prompt"] = prompt });
        await RecordCostAsync(info.DurationSeconds);
        return new VideoJobOutput(input.Mode, [asset.Id]);
    }

    /// <summary>
    /// One visual per prompt: the uploaded images/videos in order, then an <c>image.generate</c> job for each prompt left
    /// (all started at once, each a child job of this one, found again rather than redone when this job is retried).
    /// </summary>
    private async Task<List<string>> SceneVisualsAsync(IReadOnlyList<string> prompts, int width, int height, double from, double to)
    {
        var uploads = input.SourceAssetIds ?? [];
        var paths = new string?[prompts.Count];
        if (uploads.Count > 0)
        {
            // Uploaded visuals are reused in turn when there are fewer than scenes.
            var files = new List<string>();
            for (var i = 0; i < uploads.Count; i++) files.Add((await SourceAsync(uploads[i], $"sourceAssetIds[{i}]", AssetType.Image, AssetType.Video)).Path);
            for (var i = 0; i < paths.Length; i++) paths[i] = files[i % files.Count];
            return [.. paths.Select(p => p!)];
        }
        var steps = new List<(int Index, Job Job)>();
        for (var i = 0; i < prompts.Count; i++)
        {
            var payload = JsonSerializer.Serialize(new
            {
                mode = "GENERATE", prompt = prompts[i], style = input.Style, width = Math.Min(width, 2048), height = Math.Min(height, 2048),
                seed = (long)(uint)HashCode.Combine(context.Job.Id, i),
            });
            steps.Add((i, await context.StartChildAsync("image.generate", input.ImageProvider, payload, $"scene-{i + 1}-image", Token)));
        }
        var done = 0;
        var storage = handler.Services.GetRequiredService<IAssetStorage>();
        foreach (var (index, job) in steps)
        {
            var result = await context.WaitAsync(job, $"scene-{index + 1}-image", null, Token);
            var image = result.Outputs.FirstOrDefault(a => a.Type == AssetType.Image)
                ?? throw new VideoProcessingException("PROVIDER_ERROR", $"The image job of scene {index + 1} produced no image.");
            paths[index] = await storage.GetLocalFileAsync(image.Path, scratch, Token)
                ?? throw new VideoProcessingException("INVALID_INPUT", $"The image of scene {index + 1} is missing from storage.");
            done++;
            progress.Report(from + (to - from) * done / steps.Count, $"scene images {done}/{steps.Count}");
        }
        return [.. paths.Select(p => p!)];
    }

    /// <summary>The background music: the given asset, a composed one (music.generate job) when asked, else none.</summary>
    private async Task<string?> MusicAsync(double seconds, double from, double to)
    {
        if (input.MusicAssetId is { } id) return (await SourceAsync(id, "musicAssetId", AssetType.Audio, AssetType.Video)).Path;
        if (input.GenerateMusic != true) return null;
        progress.Report(from, "composing music");
        var payload = JsonSerializer.Serialize(new
        {
            mode = "GENERATE", prompt = input.MusicMood ?? input.Style ?? "calm background", durationSeconds = Math.Clamp(Math.Ceiling(seconds), 5, 600),
            outputFormat = "WAV", instrumental = true,
        });
        var result = await context.RunChildAsync("music.generate", null, payload, "music",
            new Progress<double>(p => progress.Report(from + (to - from) * p, "composing music")), Token);
        var audio = result.Outputs.FirstOrDefault(a => a.Type == AssetType.Audio)
            ?? throw new VideoProcessingException("PROVIDER_ERROR", "The music job produced no audio.");
        return await handler.Services.GetRequiredService<IAssetStorage>().GetLocalFileAsync(audio.Path, scratch, Token)
            ?? throw new VideoProcessingException("INVALID_INPUT", "The composed music is missing from storage.");
    }

    /// <summary>The beats, sections and energy a <c>music.analyze</c> job put in its output.</summary>
    private static MusicTiming ReadTiming(string? outputJson)
    {
        using var doc = JsonDocument.Parse(outputJson ?? "{}");
        if (!doc.RootElement.TryGetProperty("timing", out var t))
            throw new VideoProcessingException("PROVIDER_ERROR", "The music analysis reported no beat timing.");
        var beats = t.TryGetProperty("beats", out var b) ? b.EnumerateArray().Select(x => x.GetDouble()).ToList() : [];
        var sections = t.TryGetProperty("sections", out var s)
            ? s.EnumerateArray().Select(x => new MusicSection(x.GetProperty("start").GetDouble(), x.GetProperty("end").GetDouble(), x.GetProperty("label").GetString() ?? "OTHER")).ToList()
            : [];
        var energy = t.TryGetProperty("energy", out var e)
            ? e.EnumerateArray().Select(x => new EnergyPoint(x.GetProperty("time").GetDouble(), x.GetProperty("value").GetDouble())).ToList()
            : [];
        double? bpm = t.TryGetProperty("bpm", out var bp) && bp.ValueKind == JsonValueKind.Number ? bp.GetDouble() : null;
        return new MusicTiming(t.GetProperty("durationSeconds").GetDouble(), bpm, beats, sections, energy);
    }

    private static string Slug(string? text)
    {
        var words = (text ?? "").ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray())).Where(w => w.Length > 0).Take(6);
        var slug = string.Join('-', words);
        return slug.Length == 0 ? "video" : slug;
    }
}
