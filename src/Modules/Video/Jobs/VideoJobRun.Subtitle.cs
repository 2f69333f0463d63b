using System.Text.Json;
using MediaCreator.Modules.Core.Assets;
using MediaCreator.Modules.Video.Abstractions;
using MediaCreator.Modules.Video.Results;
using MediaCreator.Modules.Video.Subtitles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Modules.Video.Jobs;

internal sealed partial class VideoJobRun
{
    /// <summary>
    /// SUBTITLE: the words (our narration's timing for a video we generated, else speech recognition, or a subtitle
    /// file), the files in every format and language asked for (translations through the configured language model),
    /// optionally burned in; the SubtitleResult row holds the transcript and the files.
    /// </summary>
    public async Task<VideoJobOutput> SubtitleAsync()
    {
        var options = input.Subtitle ?? new SubtitleOptionsSpec();
        var id = input.SourceAssetIds is [var first, ..] ? first : throw new VideoProcessingException("INVALID_INPUT", "sourceAssetId is required.");
        var (source, path) = await SourceAsync(id, "sourceAssetId", AssetType.Video, AssetType.Audio);
        var info = await VideoInfo.ProbeAsync(path, Token);
        if (!info.HasAudio && options.Mode == "AUTO") throw new VideoProcessingException("UNSUPPORTED_MEDIA", "sourceAssetId: the file has no audio track to transcribe.");

        var transcript = options.Mode == "FROM_ASSET"
            ? await SubtitleFileAsync(options.SubtitleAssetId ?? throw new VideoProcessingException("INVALID_INPUT", "FROM_ASSET needs subtitleAssetId."),
                "subtitleAssetId", options.SourceLanguage)
            : await TranscriptOfAsync(source, path, options.SourceLanguage, Provider, Stage(0.02, 0.5, "recognizing speech"));
        if (transcript.Segments.Count == 0) throw new VideoProcessingException("NO_SPEECH", "No speech was found to subtitle.");

        var languages = new List<(string Language, Transcript Transcript)> { (transcript.Language, transcript) };
        var targets = (options.TargetLanguages ?? []).Where(l => !SameLanguage(l, transcript.Language)).ToList();
        for (var i = 0; i < targets.Count; i++)
        {
            progress.Report(0.5 + 0.2 * i / targets.Count, $"translating to {targets[i]}");
            languages.Add((targets[i], await TranslateAsync(transcript, targets[i])));
        }

        var formats = (options.Formats ?? ["SRT"]).Select(f => Enum.Parse<SubtitleFormat>(f, ignoreCase: true)).ToList();
        var assets = new List<Guid>();
        var index = 0;
        foreach (var (language, words) in languages)
        {
            foreach (var format in formats)
            {
                var doc = SubtitleWriter.Write(words, format, width: info.Width > 0 ? info.Width : 1920, height: info.Height > 0 ? info.Height : 1080);
                var file = Scratch($"subtitle-{index}.{doc.Extension}");
                await File.WriteAllTextAsync(file, doc.Text, Token);
                var metadata = new Dictionary<string, object?> { ["format"] = format.ToString().ToUpperInvariant(), ["language"] = language, ["cueCount"] = doc.CueCount };
                var asset = await SaveFileAsync(index, file, NameFrom(source, language, doc.Extension), doc.ContentType, AssetType.Subtitle, metadata, source.Id);
                assets.Add(asset.Id);
                index++;
            }
        }

        var outputs = new List<Guid>(assets);
        if (options.BurnIn)
        {
            var (language, words) = languages[^1];
            var burned = Scratch("subtitled.mp4");
            await handler.Engine<IVideoEditor>("video edit").EditAsync(
                new VideoEditRequest([path], [new BurnSubtitlesEdit(words, options.Style)], burned, scratch), Stage(0.72, 0.97, "burning in captions"), Token);
            var (video, _) = await SaveVideoAsync(index, burned, NameFrom(source, $"subtitled-{language}"), source.Id);
            outputs.Add(video.Id);
        }

        var row = await handler.VideoDb.Subtitles.IgnoreQueryFilters().FirstOrDefaultAsync(s => s.JobId == context.Job.Id, Token);
        if (row is null)
        {
            row = new SubtitleRecord { OwnerId = OwnerId, ProjectId = context.Job.ProjectId, JobId = context.Job.Id, SourceAssetId = source.Id };
            handler.VideoDb.Subtitles.Add(row);
        }
        row.Language = transcript.Language;
        row.Source = transcript.Source;
        row.Transcript = transcript.Text;
        row.SegmentsJson = JsonSerializer.Serialize(transcript.Segments, VideoJobHandler.Json);
        row.SubtitleAssetIdsJson = JsonSerializer.Serialize(assets, VideoJobHandler.Json);
        await handler.VideoDb.SaveChangesAsync(Token);
        if (transcript.Source is not ("narration" or "srt" or "vtt" or "ass")) await RecordCostAsync(info.DurationSeconds);
        return new VideoJobOutput(input.Mode, outputs, row.Id);
    }

    /// <summary>
    /// The words of <paramref name="path"/> with their times. A video this server generated with narration is
    /// captioned from its own script's timing (exact, no recognition); anything else goes to the transcriber.
    /// </summary>
    private async Task<Transcript> TranscriptOfAsync(Asset? asset, string path, string? language, string? provider, IProgress<VideoProgress> stage)
    {
        if (asset?.SourceJobId is { } jobId && await NarrationOfAsync(jobId) is { } narration
            && (language is null || SameLanguage(language, narration.Language)))
            return narration;
        var key = provider is null or VideoTasks.Ffmpeg ? handler.Options.DefaultTranscriber : provider;
        var transcriber = handler.Provider<ITranscriber>(key, t => t.Key, "speech recognition");
        if (language is not null && transcriber.Languages.Count > 0 && !transcriber.Languages.Any(l => SameLanguage(l, language)))
            throw new VideoProcessingException("UNSUPPORTED",
                $"The '{key}' recognizer does not know {language} (it knows {string.Join(", ", transcriber.Languages)}); use the openai provider for other languages.");
        return await transcriber.TranscribeAsync(path, language, stage, Token);
    }

    /// <summary>The narration a <c>video.generate</c> job recorded for its output, if it had one.</summary>
    private async Task<Transcript?> NarrationOfAsync(Guid jobId)
    {
        var job = await handler.Db.Jobs.IgnoreQueryFilters().AsNoTracking()
            .FirstOrDefaultAsync(j => j.Id == jobId && j.OwnerId == OwnerId && j.TaskName == VideoTasks.Generate, Token);
        if (job?.OutputPayloadJson is not { } json) return null;
        try
        {
            return JsonSerializer.Deserialize<VideoJobOutput>(json, VideoJobHandler.Json)?.Narration is { Segments.Count: > 0 } n ? n : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A subtitle asset (SRT, VTT or ASS) read as a transcript.</summary>
    private async Task<Transcript> SubtitleFileAsync(Guid assetId, string field, string? language)
    {
        var (asset, path) = await SourceAsync(assetId, field, AssetType.Subtitle);
        var metadataLanguage = JsonSerializer.Deserialize<JsonElement?>(asset.MetadataJson ?? "null") is { ValueKind: JsonValueKind.Object } m
            && m.TryGetProperty("language", out var l) ? l.GetString() : null;
        return await SubtitleParser.ParseFileAsync(path, language ?? metadataLanguage ?? "en", Token);
    }

    private async Task<Transcript> TranslateAsync(Transcript transcript, string language)
    {
        var chat = handler.Services.GetService<IChatClient>()
            ?? throw new VideoProcessingException("PROVIDER_NOT_CONFIGURED",
                $"Translating subtitles to {language} needs a language model: configure AI:Chat (an OpenAI-compatible or Ollama endpoint).");
        return await new SubtitleTranslator(chat).TranslateAsync(transcript, language, null, Token);
    }

    private static IReadOnlyList<TimeRange> FillerRanges(Transcript transcript) => FillerWords.FindRanges(transcript);

    private static bool SameLanguage(string a, string b) =>
        string.Equals(a.Split('-')[0], b.Split('-')[0], StringComparison.OrdinalIgnoreCase);
}
