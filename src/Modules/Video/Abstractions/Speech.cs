namespace MediaCreator.Modules.Video.Abstractions;

/// <summary>A synthesized narration: the WAV file and the time each input phrase is spoken.</summary>
public sealed record SpeechClip(string WavPath, double DurationSeconds, IReadOnlyList<TranscriptSegment> Phrases);

/// <summary>Text-to-speech (built-in espeak-ng; OpenAI-compatible <c>/v1/audio/speech</c>).</summary>
public interface ISpeechSynthesizer
{
    /// <summary>Provider key, e.g. <c>espeak-ng</c>, <c>openai</c>.</summary>
    string Key { get; }

    /// <summary>
    /// Speaks <paramref name="phrases"/> in order (one segment each in the result, with its start and end) into a
    /// WAV at <paramref name="wavPath"/>.
    /// </summary>
    Task<SpeechClip> SynthesizeAsync(IReadOnlyList<string> phrases, string language, string? voice, string wavPath, CancellationToken ct);
}
