using System.Text.Json;
using MediaCreator.Modules.Video.Abstractions;

namespace MediaCreator.Modules.Video.Subtitles;

/// <summary>
/// Reads a <c>verbose_json</c> transcription: top-level <c>words</c> (OpenAI with word granularity) or words inside
/// each segment (faster-whisper-server), and <c>segments</c>. Words are attached to the segment whose span holds them.
/// </summary>
internal static class TranscriptionResponse
{
    public static Transcript Parse(string json, string? requestedLanguage, string source, double segmentPauseSeconds = 0.6)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            var words = root.TryGetProperty("words", out var w) && w.ValueKind == JsonValueKind.Array ? Words(w) : [];
            var segments = new List<TranscriptSegment>();
            if (root.TryGetProperty("segments", out var segs) && segs.ValueKind == JsonValueKind.Array)
                foreach (var s in segs.EnumerateArray())
                {
                    var inner = s.TryGetProperty("words", out var sw) && sw.ValueKind == JsonValueKind.Array ? Words(sw) : [];
                    segments.Add(new TranscriptSegment(s.GetProperty("start").GetDouble(), s.GetProperty("end").GetDouble(),
                        (s.GetProperty("text").GetString() ?? "").Trim(), inner));
                }
            if (words.Count > 0) segments = Attach(segments, words, segmentPauseSeconds);
            if (segments.Count == 0 && root.TryGetProperty("text", out var text) && (text.GetString() ?? "").Trim() is { Length: > 0 } only)
                segments.Add(new TranscriptSegment(0, root.TryGetProperty("duration", out var d) ? d.GetDouble() : 0, only, []));
            var language = requestedLanguage ?? (root.TryGetProperty("language", out var l) ? LanguageCodes.FromName(l.GetString()) : "und");
            return new Transcript(language, segments, source);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new VideoProcessingException("PROVIDER_ERROR", $"The transcription server answered with an unreadable verbose_json body: {e.Message}", inner: e);
        }
    }

    private static List<TimedWord> Words(JsonElement array) =>
        array.EnumerateArray()
            .Select(x => new TimedWord(x.GetProperty("start").GetDouble(), x.GetProperty("end").GetDouble(),
                (x.GetProperty("word").GetString() ?? "").Trim(), x.TryGetProperty("probability", out var p) ? p.GetDouble() : null))
            .Where(x => x.Text.Length > 0)
            .ToList();

    private static List<TranscriptSegment> Attach(List<TranscriptSegment> segments, List<TimedWord> words, double pauseSeconds)
    {
        // Words without segments (a server that only honours word granularity): segments at the pauses.
        if (segments.Count == 0) return SphinxSegments.Group(words.Select(w => (w, false)).ToList(), pauseSeconds, 14);
        var groups = segments.Select(_ => new List<TimedWord>()).ToList();
        foreach (var word in words)
        {
            var mid = (word.Start + word.End) / 2;
            var index = segments.FindIndex(s => mid < s.End);
            groups[index < 0 ? segments.Count - 1 : index].Add(word);
        }
        return segments.Select((s, i) => s with { Words = groups[i] }).Where(s => s.Words.Count > 0 || s.Text.Length > 0).ToList();
    }
}
