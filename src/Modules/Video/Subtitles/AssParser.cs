using System.Globalization;
using System.Text.RegularExpressions;
using MediaCreator.Modules.Video.Abstractions;

namespace MediaCreator.Modules.Video.Subtitles;

/// <summary>ASS/SSA Dialogue lines of the [Events] section; \k karaoke durations become word times.</summary>
internal static partial class AssParser
{
    private static readonly string[] DefaultFormat = ["Layer", "Start", "End", "Style", "Name", "MarginL", "MarginR", "MarginV", "Effect", "Text"];

    public static List<TranscriptSegment> Parse(string text)
    {
        var segments = new List<TranscriptSegment>();
        var lines = text.Split('\n');
        var inEvents = false;
        var format = DefaultFormat;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith('[')) { inEvents = line.Equals("[Events]", StringComparison.OrdinalIgnoreCase); continue; }
            if (!inEvents) continue;
            if (line.StartsWith("Format:", StringComparison.OrdinalIgnoreCase))
                format = line["Format:".Length..].Split(',', StringSplitOptions.TrimEntries);
            else if (line.StartsWith("Dialogue:", StringComparison.OrdinalIgnoreCase))
                segments.Add(Dialogue(line["Dialogue:".Length..], format, i + 1));
        }
        if (!inEvents && segments.Count == 0 && !text.Contains("[Events]", StringComparison.OrdinalIgnoreCase))
            throw new VideoProcessingException("INVALID_INPUT", "The ASS file has no [Events] section.");
        return segments;
    }

    private static TranscriptSegment Dialogue(string body, string[] format, int lineNumber)
    {
        var fields = body.Split(',', format.Length);
        int Index(string name) => Array.FindIndex(format, f => f.Equals(name, StringComparison.OrdinalIgnoreCase));
        int startAt = Index("Start"), endAt = Index("End"), textAt = Index("Text");
        if (fields.Length != format.Length || startAt < 0 || endAt < 0 || textAt < 0)
            throw new VideoProcessingException("INVALID_INPUT", $"ASS line {lineNumber}: a Dialogue needs {format.Length} comma-separated fields.");
        var start = SubtitleTimestamps.Parse(fields[startAt], lineNumber);
        var end = SubtitleTimestamps.Parse(fields[endAt], lineNumber);
        if (end < start) throw new VideoProcessingException("INVALID_INPUT", $"ASS line {lineNumber}: the event ends before it starts.");
        var raw = fields[textAt];
        var plain = Plain(raw);
        return SubtitleParser.Segment(start, end, [plain], KaraokeWords(raw, start, end));
    }

    private static string Plain(string raw) =>
        Override().Replace(raw.Replace("\\{", "\uE000", StringComparison.Ordinal).Replace("\\}", "\uE001", StringComparison.Ordinal), "").Replace("\\N", " ", StringComparison.Ordinal).Replace("\\n", " ", StringComparison.Ordinal)
            .Replace("\\h", " ", StringComparison.Ordinal).Replace('\uE000', '{').Replace('\uE001', '}')
            .Replace("\u2060", "", StringComparison.Ordinal);

    private static List<TimedWord>? KaraokeWords(string raw, double start, double end)
    {
        var matches = Karaoke().Matches(raw);
        if (matches.Count == 0) return null;
        var words = new List<TimedWord>();
        var at = start;
        for (var i = 0; i < matches.Count; i++)
        {
            var duration = int.Parse(matches[i].Groups[1].Value, CultureInfo.InvariantCulture) / 100.0;
            var textEnd = i + 1 < matches.Count ? matches[i + 1].Index : raw.Length;
            var syllable = Plain(raw[(matches[i].Index + matches[i].Length)..textEnd]);
            var texts = ScriptText.SplitWords(syllable);
            var sylEnd = Math.Min(end, at + duration);
            if (texts.Count > 0) words.AddRange(WordTimings.Spread(at, sylEnd, texts));
            at = sylEnd;
        }
        return words.Count > 0 ? words : null;
    }

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Override();

    // The \k family tag that opens a syllable; its override block ends at the next '}'.
    [GeneratedRegex(@"\{[^}]*?\\[kK][fo]?(\d+)[^}]*\}")]
    private static partial Regex Karaoke();
}
