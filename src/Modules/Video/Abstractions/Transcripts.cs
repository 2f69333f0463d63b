namespace MediaCreator.Modules.Video.Abstractions;

/// <summary>One recognized (or scripted) word with its time in seconds.</summary>
public sealed record TimedWord(double Start, double End, string Text, double? Confidence = null);

/// <summary>A caption-sized run of words (a sentence or phrase).</summary>
public sealed record TranscriptSegment(double Start, double End, string Text, IReadOnlyList<TimedWord> Words, string? Speaker = null);

/// <summary>Speech with word timings: from recognition, a subtitle file or our own narration script.</summary>
/// <param name="Language">BCP 47 tag, e.g. <c>en</c>, <c>th</c>.</param>
/// <param name="Source">Where it came from: <c>pocketsphinx</c>, <c>openai-whisper</c>, <c>narration</c>, <c>srt</c>...</param>
public sealed record Transcript(string Language, IReadOnlyList<TranscriptSegment> Segments, string Source)
{
    public string Text => string.Join(" ", Segments.Select(s => s.Text));

    public IEnumerable<TimedWord> Words => Segments.SelectMany(s => s.Words);
}

/// <summary>Speech-to-text with word timings (built-in pocketsphinx, OpenAI-compatible Whisper servers).</summary>
public interface ITranscriber
{
    /// <summary>Provider key, e.g. <c>pocketsphinx</c>, <c>openai</c>.</summary>
    string Key { get; }

    /// <summary>BCP 47 languages it can recognize; empty means any (the server decides).</summary>
    IReadOnlyCollection<string> Languages { get; }

    /// <summary>Transcribes the audio track of <paramref name="mediaPath"/> (audio or video file).</summary>
    Task<Transcript> TranscribeAsync(string mediaPath, string? language, IProgress<VideoProgress>? progress, CancellationToken ct);
}

/// <summary>Writes the ASS file a video encoder burns in (libass renders it, Thai included).</summary>
public interface ICaptionRenderer
{
    /// <summary>
    /// Writes <paramref name="transcript"/> as an ASS script for a <paramref name="width"/>x<paramref name="height"/>
    /// frame in <paramref name="style"/> (STANDARD, TIKTOK, KARAOKE, MINIMAL) to <paramref name="assPath"/>.
    /// </summary>
    Task WriteAssAsync(Transcript transcript, string style, int width, int height, string assPath, CancellationToken ct);
}
