using System.Text.Json;
using MediaCreator.Modules.Audio.Abstractions;
using MediaCreator.Modules.Audio.Codecs;
using MediaCreator.Modules.Audio.Results;
using MediaCreator.Modules.Core.Assets;

namespace MediaCreator.Modules.Audio.Jobs;

/// <summary>Maps the contract's names (STEMS, VOCAL, MUSICXML, NOISE_REDUCTION...) to the engines' types and back.</summary>
internal static class AudioContract
{
    public static string Name(StemKind kind) => kind.ToString().ToUpperInvariant();

    public static string Name(AudioFileFormat format) => format.ToString().ToUpperInvariant();

    public static string Name(SectionKind kind) => kind == SectionKind.PreChorus ? "PRE_CHORUS" : kind.ToString().ToUpperInvariant();

    public static IReadOnlyList<StemKind> StemKinds(IReadOnlyList<string>? names) =>
        names is { Count: > 0 }
            ? [.. names.Distinct().Select(n => Enum.Parse<StemKind>(n, ignoreCase: true))]
            : [StemKind.Vocal, StemKind.Drums, StemKind.Bass, StemKind.Other];

    public static MusicAnalysisTasks AnalysisTasks(IReadOnlyList<string>? names)
    {
        if (names is not { Count: > 0 }) return MusicAnalysisTasks.All;
        var tasks = MusicAnalysisTasks.None;
        foreach (var name in names)
            tasks |= Enum.Parse<MusicAnalysisTasks>(name.Replace("_", ""), ignoreCase: true);
        return tasks;
    }

    public static IEnumerable<string> AnalysisTaskNames(MusicAnalysisTasks tasks) =>
        new (MusicAnalysisTasks Flag, string Name)[]
        {
            (MusicAnalysisTasks.Bpm, "BPM"), (MusicAnalysisTasks.Key, "KEY"), (MusicAnalysisTasks.TimeSignature, "TIME_SIGNATURE"),
            (MusicAnalysisTasks.Chords, "CHORDS"), (MusicAnalysisTasks.Sections, "SECTIONS"), (MusicAnalysisTasks.Energy, "ENERGY"),
        }.Where(t => tasks.HasFlag(t.Flag)).Select(t => t.Name);

    public static AudioFileFormat? Format(string? name) => name is null ? null : Enum.Parse<AudioFileFormat>(name, ignoreCase: true);

    /// <summary>The contract format of an audio asset (from its metadata), to keep a remaster in its source's format.</summary>
    public static AudioFileFormat? FormatOf(Asset asset)
    {
        if (asset.Type != AssetType.Audio || asset.MetadataJson is null) return null;
        using var doc = JsonDocument.Parse(asset.MetadataJson);
        return doc.RootElement.TryGetProperty("format", out var f) && f.ValueKind == JsonValueKind.String
            && Enum.TryParse<AudioFileFormat>(f.GetString(), ignoreCase: true, out var format) ? format : null;
    }

    public static TabInstrument Instrument(string? name) => name is null ? TabInstrument.Guitar : Enum.Parse<TabInstrument>(name, ignoreCase: true);

    public static TabLevel Difficulty(string? name) => name is null ? TabLevel.Original : Enum.Parse<TabLevel>(name, ignoreCase: true);

    public static TabOutputFormat TabFormat(string? name) => name switch
    {
        null or "TEXT" => TabOutputFormat.Text,
        "GP5" => TabOutputFormat.Gp5,
        "MUSICXML" => TabOutputFormat.MusicXml,
        "CHORD_CHART" => TabOutputFormat.ChordChart,
        _ => throw new AudioProcessingException("INVALID_INPUT", $"Unknown tab format '{name}'."),
    };

    public static AudioOperationSpec Operation(AudioOperationInput o, int index) => o.Type switch
    {
        "NOISE_REDUCTION" => new NoiseReductionSpec(o.Strength ?? 0.5),
        "EQUALIZE" => new EqualizeSpec(o.Preset is null ? null : Enum.Parse<EqPresetKind>(o.Preset.Replace("_", ""), ignoreCase: true),
            [.. (o.Bands ?? []).Select(b => new EqBandSpec(b.FrequencyHz, b.GainDb, b.Q))]),
        "COMPRESS" => new CompressSpec(o.ThresholdDb ?? -18, o.Ratio ?? 3, o.AttackMs ?? 10, o.ReleaseMs ?? 120, o.MakeupDb ?? 0),
        "DE_ESS" => new DeEssSpec(o.Strength ?? 0.5, o.FrequencyHz ?? 6500),
        "NORMALIZE" => new NormalizeSpec(o.TargetLufs ?? -14, o.TruePeakDb ?? -1),
        "CUT" => new CutSpec(Required(o.StartSeconds, index, "startSeconds"), Required(o.EndSeconds, index, "endSeconds")),
        "TRIM" => new TrimSpec(Required(o.StartSeconds, index, "startSeconds"), Required(o.EndSeconds, index, "endSeconds")),
        "FADE" => new FadeSpec(o.InSeconds ?? 0, o.OutSeconds ?? 0),
        "REMOVE_SILENCE" => new RemoveSilenceSpec(o.ThresholdDb ?? -45, o.MinSilenceSeconds ?? 0.6, o.MarginSeconds ?? 0.15),
        "CLEAN" => new CleanSpec(o.RemoveSilence ?? true, o.RemoveFillerWords ?? false, o.Denoise ?? true),
        _ => throw new AudioProcessingException("INVALID_INPUT", $"operations[{index}]: unknown operation '{o.Type}'."),
    };

    public static IReadOnlyList<AudioChapter>? Chapters(IReadOnlyList<AudioChapterInput>? chapters, double duration)
    {
        if (chapters is not { Count: > 0 }) return null;
        var ordered = chapters.OrderBy(c => c.StartSeconds).ToList();
        return [.. ordered.Select((c, i) => new AudioChapter(c.StartSeconds,
            c.EndSeconds ?? (i + 1 < ordered.Count ? ordered[i + 1].StartSeconds : duration), c.Title))];
    }

    /// <summary>Writes an analysis result into its row (JSON columns in the contract's shapes).</summary>
    public static void Fill(AudioAnalysis row, MusicAnalysisResult result, string provider, MusicAnalysisTasks tasks, AudioBuffer audio)
    {
        row.Provider = provider;
        row.Bpm = result.Tempo is { } t ? Math.Round(t.Bpm, 2) : null;
        row.BpmConfidence = result.Tempo?.Confidence;
        row.Key = result.Key?.Notation;
        row.KeyConfidence = result.Key?.Confidence;
        row.TimeSignature = result.TimeSignature?.Notation;
        row.SectionsJson = JsonSerializer.Serialize(result.Sections.Select(s => new { label = Name(s.Label), start = R(s.Start), end = R(s.End), confidence = R(s.Confidence) }));
        row.ChordsJson = JsonSerializer.Serialize(result.Chords.Select(c => new { chord = c.Chord, start = R(c.Start), end = R(c.End), confidence = R(c.Confidence) }));
        row.EnergyJson = JsonSerializer.Serialize(result.Energy.Select(e => new { time = R(e.Time), energy = R(e.Energy) }));
        row.MetadataJson = JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["durationSeconds"] = R(result.DurationSeconds),
            ["sampleRate"] = audio.SampleRate,
            ["channels"] = audio.ChannelCount,
            ["tasks"] = AnalysisTaskNames(tasks).ToList(),
            ["timeSignatureConfidence"] = result.TimeSignature?.Confidence,
            ["beats"] = result.Tempo?.BeatTimes.Select(R).ToList(),
            ["loudness"] = result.Loudness is { } l
                ? new Dictionary<string, object?>
                {
                    ["integratedLufs"] = Finite(l.IntegratedLufs), ["loudnessRangeLu"] = Finite(l.LoudnessRangeLu),
                    ["truePeakDbtp"] = Finite(l.TruePeakDbtp), ["samplePeakDbfs"] = Finite(l.SamplePeakDbfs),
                }
                : null,
        });
        row.CreatedAt = DateTime.UtcNow;
    }

    private static double R(double value) => double.IsFinite(value) ? Math.Round(value, 3) : 0;

    private static double? Finite(double value) => double.IsFinite(value) ? Math.Round(value, 2) : null;

    private static double Required(double? value, int index, string field) =>
        value ?? throw new AudioProcessingException("INVALID_INPUT", $"operations[{index}]: {field} is required.");
}
