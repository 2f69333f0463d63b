using System.Net;
using System.Text.RegularExpressions;
using MediaCreator.Modules.Video.Abstractions;

namespace MediaCreator.Modules.Video.Subtitles;

/// <summary>
/// Reads SRT, WebVTT and ASS/SSA files into a transcript (the FROM_ASSET subtitle mode): one segment per cue, word
/// times from VTT inline timestamps or ASS \k tags when present, else estimated inside the cue by character length.
/// </summary>
public static partial class SubtitleParser
{
    public static async Task<Transcript> ParseFileAsync(string path, string language, CancellationToken ct)
    {
        if (!File.Exists(path)) throw new VideoProcessingException("INVALID_INPUT", $"Subtitle file '{Path.GetFileName(path)}' does not exist.");
        var text = await File.ReadAllTextAsync(path, ct);
        return Parse(text, language, Detect(text, path));
    }

    public static Transcript Parse(string text, string language, SubtitleFormat? format = null)
    {
        text = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var actual = format ?? Detect(text, null);
        var segments = actual switch
        {
            SubtitleFormat.Vtt => VttParser.Parse(text),
            SubtitleFormat.Ass => AssParser.Parse(text),
            _ => SrtBlocks(text),
        };
        if (segments.Count == 0) throw new VideoProcessingException("INVALID_INPUT", $"The {actual.ToString().ToUpperInvariant()} file holds no cues.");
        return new Transcript(language, segments.OrderBy(s => s.Start).ToList(), actual.ToString().ToLowerInvariant());
    }

    public static SubtitleFormat Detect(string text, string? fileName)
    {
        var head = text.TrimStart('\uFEFF', ' ', '\n', '\r', '\t');
        if (head.StartsWith("WEBVTT", StringComparison.Ordinal)) return SubtitleFormat.Vtt;
        if (head.StartsWith("[Script Info]", StringComparison.OrdinalIgnoreCase) || text.Contains("[Events]", StringComparison.OrdinalIgnoreCase)) return SubtitleFormat.Ass;
        return Path.GetExtension(fileName ?? "").ToLowerInvariant() switch
        {
            ".vtt" => SubtitleFormat.Vtt,
            ".ass" or ".ssa" => SubtitleFormat.Ass,
            _ => SubtitleFormat.Srt,
        };
    }

    private static List<TranscriptSegment> SrtBlocks(string text)
    {
        var segments = new List<TranscriptSegment>();
        foreach (var (lines, firstLine) in Blocks(text))
        {
            var timing = lines.FindIndex(l => l.Contains("-->", StringComparison.Ordinal));
            if (timing < 0 || timing > 1 || (timing == 1 && !int.TryParse(lines[0].Trim(), out _)))
                throw new VideoProcessingException("INVALID_INPUT", $"SRT line {firstLine}: expected a cue number and a 'start --> end' line, found '{lines[0]}'.");
            var (start, end) = Timing(lines[timing], firstLine + timing);
            segments.Add(Segment(start, end, lines.Skip(timing + 1).Select(l => StripTags(l))));
        }
        return segments;
    }

    /// <summary>Blank-line separated blocks with the 1-based number of their first line.</summary>
    internal static IEnumerable<(List<string> Lines, int FirstLine)> Blocks(string text)
    {
        var lines = text.Split('\n');
        var block = new List<string>();
        var first = 1;
        for (var i = 0; i <= lines.Length; i++)
        {
            if (i == lines.Length || lines[i].Trim().Length == 0)
            {
                if (block.Count > 0) yield return (block, first);
                block = [];
                first = i + 2;
                continue;
            }
            block.Add(lines[i].TrimEnd());
        }
    }

    internal static (double Start, double End) Timing(string line, int lineNumber)
    {
        var parts = line.Split("-->", 2, StringSplitOptions.TrimEntries);
        var start = SubtitleTimestamps.Parse(parts[0], lineNumber);
        var end = SubtitleTimestamps.Parse(parts[1].Split([' ', '\t'], 2)[0], lineNumber);
        if (end < start) throw new VideoProcessingException("INVALID_INPUT", $"Line {lineNumber}: the cue ends ({parts[1]}) before it starts ({parts[0]}).");
        return (start, end);
    }

    internal static TranscriptSegment Segment(double start, double end, IEnumerable<string> lines, IReadOnlyList<TimedWord>? words = null)
    {
        var text = ScriptText.Join(lines.Select(l => l.Trim()).Where(l => l.Length > 0));
        return new TranscriptSegment(start, end, text, words ?? WordTimings.Spread(start, end, ScriptText.SplitWords(text)));
    }

    /// <summary>Removes HTML-like tags (&lt;i&gt;, &lt;font&gt;, VTT &lt;c&gt;/&lt;v&gt;) and SRT's {\an8}-style ASS tags, decodes entities.</summary>
    internal static string StripTags(string line, bool decodeEntities = false)
    {
        var plain = AssOverride().Replace(HtmlTag().Replace(line, ""), "");
        return decodeEntities ? WebUtility.HtmlDecode(plain) : plain;
    }

    [GeneratedRegex(@"</?[A-Za-z][^>]*>|<\d[\d:.]*>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"\{\\[^}]*\}")]
    private static partial Regex AssOverride();
}
