namespace MediaCreator.Modules.Audio.Abstractions;

/// <summary>What <c>music.analyze</c> computes (GraphQL <c>MusicAnalysisTask</c>).</summary>
[Flags]
public enum MusicAnalysisTasks
{
    None = 0,
    Bpm = 1,
    Key = 2,
    TimeSignature = 4,
    Chords = 8,
    Sections = 16,
    Energy = 32,
    All = Bpm | Key | TimeSignature | Chords | Sections | Energy,
}

/// <summary>Section labels (GraphQL <c>SectionLabel</c>).</summary>
public enum SectionKind
{
    Intro,
    Verse,
    PreChorus,
    Chorus,
    Bridge,
    Solo,
    Instrumental,
    Breakdown,
    Outro,
    Other,
}

/// <summary>Tempo with a 0..1 confidence and the tracked beat times (seconds).</summary>
public sealed record TempoEstimate(double Bpm, double Confidence, IReadOnlyList<double> BeatTimes);

/// <summary>A key. <paramref name="Tonic"/> is a pitch name with sharps ("C", "F#", "A#"): notation <c>C:maj</c>, <c>A:min</c>.</summary>
public sealed record KeyEstimate(string Tonic, bool Minor, double Confidence)
{
    public string Notation => $"{Tonic}:{(Minor ? "min" : "maj")}";
}

/// <summary>A meter such as 4/4, 3/4 or 6/8.</summary>
public sealed record MeterEstimate(int BeatsPerBar, int BeatUnit, double Confidence)
{
    public string Notation => $"{BeatsPerBar}/{BeatUnit}";
}

/// <summary>A chord over a span (seconds). <paramref name="Chord"/> is a symbol such as "C", "Am", "F#m"; "N" is no chord.</summary>
public sealed record ChordSpan(string Chord, double Start, double End, double Confidence);

/// <summary>A labelled structural section (seconds).</summary>
public sealed record SectionSpan(SectionKind Label, double Start, double End, double Confidence);

/// <summary>A point of the energy curve: time in seconds, energy 0..1.</summary>
public sealed record EnergySample(double Time, double Energy);

/// <summary>Everything one analysis found; parts not asked for are null or empty.</summary>
public sealed record MusicAnalysisResult(
    double DurationSeconds,
    TempoEstimate? Tempo,
    KeyEstimate? Key,
    MeterEstimate? TimeSignature,
    IReadOnlyList<ChordSpan> Chords,
    IReadOnlyList<SectionSpan> Sections,
    IReadOnlyList<EnergySample> Energy,
    Dsp.LoudnessMeasurement? Loudness);

/// <summary>A music analysis engine (provider key <see cref="Key"/>, built-in <c>dsp</c>).</summary>
public interface IMusicAnalyzer
{
    string Key { get; }

    MusicAnalysisResult Analyze(AudioBuffer audio, MusicAnalysisTasks tasks, IProgress<AudioProgress>? progress, CancellationToken ct);
}
