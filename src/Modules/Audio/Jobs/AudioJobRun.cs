using System.Text.Json;
using MediaCreator.Modules.Audio.Abstractions;
using MediaCreator.Modules.Audio.Codecs;
using MediaCreator.Modules.Audio.Dsp;
using MediaCreator.Modules.Audio.Results;
using MediaCreator.Modules.Core.Assets;
using MediaCreator.Modules.Core.Jobs.Engine;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Audio.Jobs;

/// <summary>One audio job: its input, its context and the steps of each mode.</summary>
internal sealed class AudioJobRun(AudioJobInput input, JobContext context, AudioJobHandler handler, JobProgressPump progress, string scratch)
{
    private CancellationToken Token => progress.Token;

    private Guid OwnerId => context.Job.OwnerId;

    public async Task<AudioJobOutput> AnalyzeAsync()
    {
        var provider = context.Job.Provider ?? AudioTasks.Dsp;
        var analyzer = handler.Provider<IMusicAnalyzer>(provider, a => a.Key, "music analysis");
        var (source, audio) = await DecodeSourceAsync(0, "audioAssetId", handler.Options.MaxAnalysisMinutes, 0.2);
        var tasks = AudioContract.AnalysisTasks(input.AnalysisTasks);
        var result = await Task.Run(() => analyzer.Analyze(audio, tasks, progress.Stage(0.2, 0.95, "analyzing"), Token), Token);

        var row = await handler.AudioDb.Analyses.IgnoreQueryFilters().FirstOrDefaultAsync(a => a.JobId == context.Job.Id, Token);
        if (row is null)
        {
            row = new AudioAnalysis { OwnerId = OwnerId, ProjectId = context.Job.ProjectId, AssetId = source.Id, JobId = context.Job.Id };
            handler.AudioDb.Analyses.Add(row);
        }
        AudioContract.Fill(row, result, provider, tasks, audio);
        await handler.AudioDb.SaveChangesAsync(Token);
        if (result.Loudness is { } loudness && source.Type == AssetType.Audio) await SetSourceLoudnessAsync(source.Id, loudness);
        await context.RecordCostAsync(audio.DurationSeconds, Token);
        return new AudioJobOutput(input.Mode, row.Id, [], Timing: MusicTimingOutput.From(result));
    }

    public async Task<AudioJobOutput> StemsAsync()
    {
        var provider = context.Job.Provider ?? handler.Options.DefaultStemProvider;
        var separator = handler.Provider<IStemSeparator>(provider, s => s.Key, "stem separation");
        var kinds = AudioContract.StemKinds(input.Stems);
        var unsupported = kinds.Where(k => !separator.SupportedStems.Contains(k)).ToList();
        if (unsupported.Count > 0)
            throw new AudioProcessingException("UNSUPPORTED",
                $"Provider '{provider}' cannot separate {string.Join(", ", unsupported.Select(AudioContract.Name))} (it separates {string.Join(", ", separator.SupportedStems.Select(AudioContract.Name))}).");
        var (source, audio) = await DecodeSourceAsync(0, "sourceAssetId", handler.Options.MaxStemMinutes, 0.1);
        var stems = await separator.SeparateAsync(audio, kinds, progress.Stage(0.1, 0.8, "separating"), Token);

        var format = AudioContract.Format(input.OutputFormat) ?? AudioFileFormat.Wav;
        var assets = new Dictionary<string, Guid>();
        var index = 0;
        foreach (var kind in kinds)
        {
            var stem = stems.GetValueOrDefault(kind)
                ?? throw new AudioProcessingException("PROVIDER_ERROR", $"Provider '{provider}' returned no {AudioContract.Name(kind)} stem.");
            progress.Report(0.8 + 0.18 * index / kinds.Count, $"encoding {AudioContract.Name(kind).ToLowerInvariant()}");
            var name = $"{BaseName(source)}-{AudioContract.Name(kind).ToLowerInvariant()}.{format.Extension()}";
            var asset = await SaveAudioAsync(index++, stem, format, name, provider, source.Id, new Dictionary<string, object?> { ["stemType"] = AudioContract.Name(kind) });
            assets[AudioContract.Name(kind)] = asset.Id;
        }

        var group = await handler.AudioDb.StemGroups.IgnoreQueryFilters().FirstOrDefaultAsync(g => g.JobId == context.Job.Id, Token);
        if (group is null)
        {
            group = new StemGroup { OwnerId = OwnerId, ProjectId = context.Job.ProjectId, SourceAssetId = source.Id, JobId = context.Job.Id, Provider = provider };
            handler.AudioDb.StemGroups.Add(group);
        }
        group.Provider = provider;
        group.StemAssetsJson = JsonSerializer.Serialize(assets);
        await handler.AudioDb.SaveChangesAsync(Token);
        await context.RecordCostAsync(audio.DurationSeconds, Token);
        return new AudioJobOutput(input.Mode, group.Id, [.. assets.Values]);
    }

    public async Task<AudioJobOutput> TabAsync()
    {
        var analyzer = handler.Provider<IMusicAnalyzer>(AudioTasks.Dsp, a => a.Key, "music analysis");
        var tabs = handler.Engine<ITabGenerator>("tab");
        var (source, audio) = await DecodeSourceAsync(0, "audioAssetId", handler.Options.MaxAnalysisMinutes, 0.15);
        var analysis = await Task.Run(() => analyzer.Analyze(audio,
            MusicAnalysisTasks.Bpm | MusicAnalysisTasks.Key | MusicAnalysisTasks.TimeSignature | MusicAnalysisTasks.Chords,
            progress.Stage(0.15, 0.6, "analyzing"), Token), Token);
        var request = new TabRequest(AudioContract.Instrument(input.Instrument), AudioContract.Difficulty(input.Difficulty),
            AudioContract.TabFormat(input.TabFormat), Path.GetFileNameWithoutExtension(source.FileName));
        // The melody tracker hears one note at a time: tab a solo recording or a separated stem (separateStems) for
        // melody notes; on a full mix the chords are what the tab can be trusted for.
        progress.Report(0.65, "transcribing and placing notes");
        var document = await Task.Run(() => tabs.Generate(audio, analysis, request, Token), Token);

        var row = await handler.AudioDb.Tabs.IgnoreQueryFilters().FirstOrDefaultAsync(t => t.JobId == context.Job.Id, Token);
        if (row is null)
        {
            row = new TabRecord
            {
                OwnerId = OwnerId, ProjectId = context.Job.ProjectId, AudioAssetId = source.Id, JobId = context.Job.Id,
                Instrument = "", Difficulty = "", Format = "", Content = "",
            };
            handler.AudioDb.Tabs.Add(row);
        }
        row.Instrument = input.Instrument ?? "GUITAR";
        row.Difficulty = input.Difficulty ?? "ORIGINAL";
        row.Format = input.TabFormat ?? "TEXT";
        row.Content = document.Content;
        row.MimeType = document.MimeType;
        row.MetadataJson = JsonSerializer.Serialize(new
        {
            tuning = document.Tuning, noteCount = document.NoteCount, chords = document.Chords,
            bpm = analysis.Tempo?.Bpm, key = analysis.Key?.Notation, timeSignature = analysis.TimeSignature?.Notation,
        }, AudioJobHandler.Json);
        await handler.AudioDb.SaveChangesAsync(Token);
        await context.RecordCostAsync(audio.DurationSeconds, Token);
        return new AudioJobOutput(input.Mode, row.Id, []);
    }

    public async Task<AudioJobOutput> GenerateAsync()
    {
        var provider = context.Job.Provider ?? handler.Options.DefaultMusicProvider;
        var generator = handler.Provider<IMusicGenerator>(provider, g => g.Key, "music generation");
        MusicAnalysisResult? reference = null;
        if (input.ReferenceAssetId is { } referenceId)
        {
            var analyzer = handler.Provider<IMusicAnalyzer>(AudioTasks.Dsp, a => a.Key, "music analysis");
            var (_, referenceAudio) = await DecodeAsync(referenceId, "referenceAssetId", handler.Options.MaxAnalysisMinutes, 0.05);
            reference = await Task.Run(() => analyzer.Analyze(referenceAudio, MusicAnalysisTasks.Bpm | MusicAnalysisTasks.Key | MusicAnalysisTasks.TimeSignature,
                progress.Stage(0.05, 0.15, "analyzing the reference"), Token), Token);
        }
        var request = new MusicGenerationRequest(input.Prompt ?? "", input.DurationSeconds ?? 30, input.Genre, input.Mood, input.Bpm, input.Key,
            input.Instrumental ?? (input.Lyrics is null), input.Lyrics, input.Instruments, input.Seed ?? StableSeed(), reference);
        var music = await generator.GenerateAsync(request, progress.Stage(0.15, 0.85, "composing"), Token);

        var format = AudioContract.Format(input.OutputFormat) ?? AudioFileFormat.Wav;
        progress.Report(0.88, "encoding");
        var details = new Dictionary<string, object?>(music.Details) { ["bpm"] = music.Bpm, ["key"] = music.Key };
        var asset = await SaveAudioAsync(0, music.Audio, format, $"{Slug(input.Prompt)}.{format.Extension()}", provider, null, details);
        var outputs = new List<Guid> { asset.Id };
        if (music.Midi is { Length: > 0 } midi)
        {
            using var content = new MemoryStream(midi, writable: false);
            var midiAsset = await context.SaveOutputAsync(1, content, $"{Slug(input.Prompt)}.mid", "audio/midi", AssetType.Other,
                JsonSerializer.Serialize(new { bpm = music.Bpm, key = music.Key, provider }, AudioJobHandler.Json), Token);
            await DeriveAsync(midiAsset, asset.Id);
            outputs.Add(midiAsset.Id);
        }
        await context.RecordCostAsync(generator.BuiltIn ? music.Audio.DurationSeconds : 1, Token);
        return new AudioJobOutput(input.Mode, null, outputs);
    }

    public async Task<AudioJobOutput> ProcessAsync()
    {
        var processor = handler.Engine<IAudioProcessor>("audio processing");
        var sources = input.SourceAssetIds ?? [];
        if (sources.Count == 0) throw new AudioProcessingException("INVALID_INPUT", "No source audio was given.");
        var (source, audio) = await DecodeSourceAsync(0, input.Mode == "PODCAST" ? "sourceAssetIds[0]" : "audioAssetId", handler.Options.MaxEditMinutes, 0.1);
        var operations = new List<AudioOperationSpec>();
        var extraSources = sources.Skip(1).ToList();
        foreach (var (operation, i) in (input.Operations ?? []).Select((o, i) => (o, i)))
        {
            if (operation.Type == "JOIN")
            {
                var ids = operation.AssetIds is { Count: > 0 } given ? given : extraSources;
                if (ids.Count == 0) throw new AudioProcessingException("INVALID_INPUT", $"operations[{i}].join: no assets to append.");
                var parts = new List<AudioBuffer>();
                foreach (var (id, j) in ids.Select((id, j) => (id, j)))
                    parts.Add((await DecodeAsync(id, $"operations[{i}].join.assetIds[{j}]", handler.Options.MaxEditMinutes, 0.1, audio.SampleRate, audio.ChannelCount)).Audio);
                operations.Add(new JoinSpec(parts, (operation.CrossfadeMs ?? 0) / 1000.0));
            }
            else
            {
                operations.Add(AudioContract.Operation(operation, i));
            }
        }
        var chapters = AudioContract.Chapters(input.Chapters, audio.DurationSeconds);
        var result = await processor.ApplyAsync(audio, operations, chapters, progress.Stage(0.1, 0.85, "processing"), Token);

        var format = AudioContract.Format(input.OutputFormat) ?? AudioContract.FormatOf(source) ?? AudioFileFormat.Wav;
        progress.Report(0.88, "encoding");
        var provider = context.Job.Provider ?? AudioTasks.Dsp;
        var extra = new Dictionary<string, object?>
        {
            ["loudnessBeforeLufs"] = Finite(result.Before.IntegratedLufs), ["truePeakDbtp"] = Finite(result.After.TruePeakDbtp),
            ["loudnessRangeLu"] = Finite(result.After.LoudnessRangeLu), ["chapters"] = result.Chapters.Count == 0 ? null : result.Chapters,
            ["operations"] = (input.Operations ?? []).Select(o => o.Type).ToList(),
        };
        var suffix = input.Mode == "PODCAST" ? "edit" : "remaster";
        var asset = await SaveAudioAsync(0, result.Audio, format, $"{BaseName(source)}-{suffix}.{format.Extension()}", provider, source.Id, extra,
            new AudioEncodeOptions(input.Tags?.ToDictionary(), result.Chapters), result.After);
        await context.RecordCostAsync(result.Audio.DurationSeconds, Token);
        return new AudioJobOutput(input.Mode, null, [asset.Id], result.Notes);
    }

    private async Task<(Asset Source, AudioBuffer Audio)> DecodeSourceAsync(int index, string field, double maxMinutes, double stageEnd)
    {
        var ids = input.SourceAssetIds ?? [];
        if (ids.Count <= index) throw new AudioProcessingException("INVALID_INPUT", $"{field}: no source asset was given.");
        return await DecodeAsync(ids[index], field, maxMinutes, stageEnd);
    }

    private async Task<(Asset Source, AudioBuffer Audio)> DecodeAsync(Guid assetId, string field, double maxMinutes, double stageEnd,
        int? sampleRate = null, int? channels = null)
    {
        var (asset, path) = await handler.SourceAsync(OwnerId, assetId, field, scratch, Token);
        var (rate, _, duration) = await AudioDecoder.ProbeAsync(path, Token);
        if (duration > maxMinutes * 60)
            throw new AudioProcessingException("INVALID_INPUT", $"{field}: '{asset.FileName}' is {duration / 60:0.#} minutes long; this task takes at most {maxMinutes:0.#} minutes.");
        progress.Report(0.01, $"decoding {asset.FileName}");
        var audio = await AudioDecoder.DecodeAsync(path, sampleRate ?? (rate > 48000 ? 48000 : null), channels,
            progress: progress.Stage(0, stageEnd, "decoding"), ct: Token);
        return (asset, audio);
    }

    private async Task<Asset> SaveAudioAsync(int index, AudioBuffer audio, AudioFileFormat format, string fileName, string provider, Guid? derivedFrom,
        IReadOnlyDictionary<string, object?> extra, AudioEncodeOptions? encode = null, LoudnessMeasurement? loudness = null)
    {
        var file = Path.Combine(scratch, $"out-{index}.{format.Extension()}");
        await AudioEncoder.EncodeAsync(audio, format, file, encode, Token);
        loudness ??= LoudnessMeter.Measure(audio);
        var metadata = new Dictionary<string, object?>
        {
            ["duration"] = Math.Round(audio.DurationSeconds, 3), ["sampleRate"] = audio.SampleRate, ["channels"] = audio.ChannelCount,
            ["format"] = AudioContract.Name(format), ["loudnessLufs"] = Finite(loudness.IntegratedLufs), ["provider"] = provider,
        };
        if (format is AudioFileFormat.Mp3 or AudioFileFormat.Aac or AudioFileFormat.Ogg) metadata["bitrateKbps"] = encode?.BitrateKbps ?? 192;
        foreach (var (key, value) in extra) metadata[key] = value;
        await using var content = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        var asset = await context.SaveOutputAsync(index, content, fileName, format.MimeType(), AssetType.Audio,
            JsonSerializer.Serialize(metadata, AudioJobHandler.Json), Token);
        if (derivedFrom is { } from) await DeriveAsync(asset, from);
        return asset;
    }

    private async Task DeriveAsync(Asset asset, Guid from)
    {
        if (asset.DerivedFromId == from) return;
        asset.DerivedFromId = from;
        await handler.Db.SaveChangesAsync(Token);
    }

    private async Task SetSourceLoudnessAsync(Guid assetId, LoudnessMeasurement loudness)
    {
        if (!double.IsFinite(loudness.IntegratedLufs)) return;
        var asset = await handler.Db.Assets.IgnoreQueryFilters().FirstOrDefaultAsync(a => a.Id == assetId, Token);
        if (asset is null) return;
        var metadata = System.Text.Json.Nodes.JsonNode.Parse(asset.MetadataJson ?? "{}") as System.Text.Json.Nodes.JsonObject ?? [];
        metadata["loudnessLufs"] = Math.Round(loudness.IntegratedLufs, 2);
        asset.MetadataJson = metadata.ToJsonString();
        await handler.Db.SaveChangesAsync(Token);
    }

    private static double? Finite(double value) => double.IsFinite(value) ? Math.Round(value, 2) : null;

    private static string BaseName(Asset asset) => Path.GetFileNameWithoutExtension(asset.FileName) is { Length: > 0 } name ? name : "audio";

    private int StableSeed() => (int)(context.Job.Id.GetHashCode() & 0x7FFFFFFF);

    private static string Slug(string? prompt)
    {
        var words = (prompt ?? "").ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray())).Where(w => w.Length > 0).Take(6);
        var slug = string.Join('-', words);
        return slug.Length == 0 ? "music" : slug;
    }
}
