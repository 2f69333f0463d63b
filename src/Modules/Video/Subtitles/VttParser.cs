using System.Text.RegularExpressions;
using MediaCreator.Modules.Video.Abstractions;

namespace MediaCreator.Modules.Video.Subtitles;

/// <summary>WebVTT cues; inline <c>&lt;00:00:01.500&gt;</c> timestamps (karaoke VTT) become word start times.</summary>
internal static partial class VttParser
{
    public static List<TranscriptSegment> Parse(string text)
    {
        if (!text.StartsWith("WEBVTT", StringComparison.Ordinal))
            throw new VideoProcessingException("INVALID_INPUT", "A WebVTT file must start with 'WEBVTT'.");
        var segments = new List<TranscriptSegment>();
        var header = true;
        foreach (var (lines, firstLine) in SubtitleParser.Blocks(text))
        {
            if (header) { header = false; continue; }
            if (lines[0].StartsWith("NOTE", StringComparison.Ordinal) || lines[0] is "STYLE" or "REGION") continue;
            var timing = lines.FindIndex(l => l.Contains("-->", StringComparison.Ordinal));
            if (timing is < 0 or > 1)
                throw new VideoProcessingException("INVALID_INPUT", $"VTT line {firstLine}: expected 'start --> end' in this cue, found '{lines[0]}'.");
            var (start, end) = SubtitleParser.Timing(lines[timing], firstLine + timing);
            var body = lines.Skip(timing + 1).ToList();
            segments.Add(SubtitleParser.Segment(start, end, body.Select(l => SubtitleParser.StripTags(l, true)), InlineWords(body, start, end)));
        }
        return segments;
    }

    private static List<TimedWord>? InlineWords(List<string> body, double start, double end)
    {
        var joined = string.Join(' ', body);
        if (!InlineTime().IsMatch(joined)) return null;
        var pieces = new List<(double At, string Text)>();
        var at = start;
        var last = 0;
        foreach (Match m in InlineTime().Matches(joined))
        {
            pieces.Add((at, joined[last..m.Index]));
            at = SubtitleTimestamps.Parse(m.Groups[1].Value, 0);
            last = m.Index + m.Length;
        }
        pieces.Add((at, joined[last..]));
        var words = new List<TimedWord>();
        for (var i = 0; i < pieces.Count; i++)
        {
            var pieceEnd = i + 1 < pieces.Count ? pieces[i + 1].At : end;
            var texts = ScriptText.SplitWords(SubtitleParser.StripTags(pieces[i].Text, true));
            if (texts.Count > 0) words.AddRange(WordTimings.Spread(pieces[i].At, Math.Max(pieces[i].At, pieceEnd), texts));
        }
        return words.Count > 0 ? words : null;
    }

    [GeneratedRegex(@"<(\d+:\d{2}(?::\d{2})?\.\d{3})>")]
    private static partial Regex InlineTime();
}
