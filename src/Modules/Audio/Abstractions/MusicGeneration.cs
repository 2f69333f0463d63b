namespace MediaCreator.Modules.Audio.Abstractions;

/// <summary>What to compose. Null options are chosen from the prompt (genre, mood words, tempo words) and the seed.</summary>
/// <param name="Key">Spec notation such as <c>A:min</c>.</param>
/// <param name="Instruments">General MIDI instrument names or families ("piano", "strings", "synth lead"...).</param>
/// <param name="Reference">A reference track whose tempo and key the piece follows when none are given.</param>
public sealed record MusicGenerationRequest(
    string Prompt,
    double DurationSeconds,
    string? Genre = null,
    string? Mood = null,
    double? Bpm = null,
    string? Key = null,
    bool Instrumental = true,
    string? Lyrics = null,
    IReadOnlyList<string>? Instruments = null,
    int? Seed = null,
    MusicAnalysisResult? Reference = null);

/// <summary>A generated piece: the audio, the MIDI it was rendered from (built-in composer) and what was chosen.</summary>
/// <param name="Details">Genre, mood, sections, progression, instruments, renderer: stored in the asset metadata.</param>
public sealed record GeneratedMusic(AudioBuffer Audio, byte[]? Midi, double Bpm, string Key, IReadOnlyDictionary<string, object?> Details);

/// <summary>A music generator (<c>music.generate</c> provider): built-in <c>composer</c>, external HTTP APIs.</summary>
public interface IMusicGenerator
{
    string Key { get; }

    string DisplayName { get; }

    bool BuiltIn { get; }

    Task<GeneratedMusic> GenerateAsync(MusicGenerationRequest request, IProgress<AudioProgress>? progress, CancellationToken ct);
}
