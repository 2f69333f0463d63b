namespace MediaCreator.Modules.Audio.Jobs;

/// <summary>
/// The stored <c>AudioJobInput</c> (Job.input_payload) of every audio/music task. Enum-valued members hold the
/// contract's names (STEMS, VOCAL, GUITAR, MUSICXML, MP3...); asset ids are database ids (the mutations check them).
/// </summary>
internal sealed record AudioJobInput
{
    public required string Mode { get; init; }
    public IReadOnlyList<Guid>? SourceAssetIds { get; init; }
    public IReadOnlyList<string>? Stems { get; init; }
    public IReadOnlyList<string>? AnalysisTasks { get; init; }
    public string? Instrument { get; init; }
    public string? Difficulty { get; init; }
    public string? TabFormat { get; init; }
    public string? Prompt { get; init; }
    public double? DurationSeconds { get; init; }
    public string? Genre { get; init; }
    public string? Mood { get; init; }
    public double? Bpm { get; init; }
    public string? Key { get; init; }
    public bool? Instrumental { get; init; }
    public string? Lyrics { get; init; }
    public IReadOnlyList<string>? Instruments { get; init; }
    public int? Seed { get; init; }
    public Guid? ReferenceAssetId { get; init; }
    public IReadOnlyList<AudioOperationInput>? Operations { get; init; }
    public string? OutputFormat { get; init; }
    public IReadOnlyList<AudioChapterInput>? Chapters { get; init; }
    public IReadOnlyDictionary<string, string>? Tags { get; init; }
}

/// <summary>One operation (<c>AudioOperationInput</c>, one member set); <see cref="Type"/> names it (NOISE_REDUCTION, EQUALIZE...).</summary>
internal sealed record AudioOperationInput
{
    public required string Type { get; init; }
    public double? Strength { get; init; }
    public string? Preset { get; init; }
    public IReadOnlyList<EqBandInput>? Bands { get; init; }
    public double? TargetLufs { get; init; }
    public double? TruePeakDb { get; init; }
    public double? StartSeconds { get; init; }
    public double? EndSeconds { get; init; }
    public IReadOnlyList<Guid>? AssetIds { get; init; }
    public int? CrossfadeMs { get; init; }
    public bool? RemoveSilence { get; init; }
    public bool? RemoveFillerWords { get; init; }
    public bool? Denoise { get; init; }
    public double? ThresholdDb { get; init; }
    public double? Ratio { get; init; }
    public double? AttackMs { get; init; }
    public double? ReleaseMs { get; init; }
    public double? MakeupDb { get; init; }
    public double? FrequencyHz { get; init; }
    public double? InSeconds { get; init; }
    public double? OutSeconds { get; init; }
    public double? MinSilenceSeconds { get; init; }
    public double? MarginSeconds { get; init; }
}

internal sealed record EqBandInput(double FrequencyHz, double GainDb, double Q = 1.0);

internal sealed record AudioChapterInput(double StartSeconds, double? EndSeconds, string Title);

/// <summary>What an audio job returns besides its output assets (the typed result is its row: analysis, stem group, tab).</summary>
/// <param name="Timing">ANALYZE: beats, sections and energy, so other modules' jobs (a music video cut on beats) read them from the job.</param>
internal sealed record AudioJobOutput(string Mode, Guid? ResultId, IReadOnlyList<Guid> Assets, IReadOnlyList<string>? Notes = null,
    MusicTimingOutput? Timing = null);

/// <summary>The timing part of an analysis as the <c>music.analyze</c> job's output payload carries it.</summary>
internal sealed record MusicTimingOutput(double DurationSeconds, double? Bpm, IReadOnlyList<double> Beats,
    IReadOnlyList<MusicSectionOutput> Sections, IReadOnlyList<MusicEnergyOutput> Energy)
{
    public static MusicTimingOutput From(Abstractions.MusicAnalysisResult r) => new(
        Math.Round(r.DurationSeconds, 3), r.Tempo is { } t ? Math.Round(t.Bpm, 2) : null,
        r.Tempo?.BeatTimes.Select(b => Math.Round(b, 3)).ToList() ?? [],
        r.Sections.Select(s => new MusicSectionOutput(Math.Round(s.Start, 3), Math.Round(s.End, 3), s.Label.ToString().ToUpperInvariant())).ToList(),
        r.Energy.Select(e => new MusicEnergyOutput(Math.Round(e.Time, 3), Math.Round(e.Energy, 4))).ToList());
}

internal sealed record MusicSectionOutput(double Start, double End, string Label);

internal sealed record MusicEnergyOutput(double Time, double Value);
