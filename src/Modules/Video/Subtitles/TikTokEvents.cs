using System.Globalization;
using MediaCreator.Modules.Video.Abstractions;

namespace MediaCreator.Modules.Video.Subtitles;

/// <summary>
/// TikTok captions: 1–3 words on screen, one event per word timed to that word, the current word in the highlight
/// colour and a little larger. Chunks break at clause ends, pauses and when the words no longer fit a line.
/// </summary>
internal static class TikTokEvents
{
    private const double PauseSeconds = 0.35;

    public static List<AssEvent> Build(Transcript transcript, AssLook look, CaptionRendererOptions o)
    {
        var chunks = Chunks(transcript, look, Math.Clamp(o.TikTokMaxWords, 1, 3));
        var events = new List<AssEvent>();
        var highlight = AssScript.Colour(o.HighlightColor);
        for (var c = 0; c < chunks.Count; c++)
        {
            var chunk = chunks[c];
            var chunkEnd = Math.Max(chunk[^1].End, chunk[0].Start + 0.3);
            if (c + 1 < chunks.Count) chunkEnd = Math.Min(chunkEnd, chunks[c + 1][0].Start);
            for (var i = 0; i < chunk.Count; i++)
            {
                var start = i == 0 ? chunk[0].Start : chunk[i].Start;
                var end = i == chunk.Count - 1 ? chunkEnd : chunk[i + 1].Start;
                if (end - start < 0.01) continue;
                var parts = chunk.Select((w, j) => j == i
                    ? string.Create(CultureInfo.InvariantCulture, $"{{\\c{highlight}\\fscx{o.HighlightScalePercent}\\fscy{o.HighlightScalePercent}}}{AssScript.Escape(w.Text)}{{\\r}}")
                    : AssScript.Escape(w.Text));
                events.Add(new AssEvent(start, end, Joined(chunk, parts.ToList(), look.MaxCharsPerLine)));
            }
        }
        return events;
    }

    private static string Joined(List<TimedWord> chunk, List<string> parts, int maxChars)
    {
        var groups = ScriptText.WrapGroups(chunk.Select(w => w.Text).ToList(), maxChars);
        var lines = new List<string>();
        var index = 0;
        foreach (var group in groups)
        {
            var line = "";
            for (var i = 0; i < group.Count; i++, index++)
                line += (i > 0 && !(ScriptText.IsThai(group[i - 1][^1]) && ScriptText.IsThai(group[i][0])) ? " " : "") + parts[index];
            lines.Add(line);
        }
        return string.Join("\\N", lines);
    }

    private static List<List<TimedWord>> Chunks(Transcript transcript, AssLook look, int maxWords)
    {
        var chunks = new List<List<TimedWord>>();
        foreach (var segment in transcript.Segments.OrderBy(s => s.Start))
        {
            var current = new List<TimedWord>();
            foreach (var word in WordTimings.WordsOf(segment))
            {
                var tooWide = current.Count > 0 &&
                    ScriptText.DisplayLength(ScriptText.Join(current.Select(w => w.Text).Append(word.Text))) > look.MaxCharsPerLine;
                if (current.Count > 0 && (current.Count >= maxWords || tooWide || word.Start - current[^1].End >= PauseSeconds))
                {
                    chunks.Add(current);
                    current = [];
                }
                current.Add(word);
                if (".!?,;:".Contains(word.Text[^1], StringComparison.Ordinal))
                {
                    chunks.Add(current);
                    current = [];
                }
            }
            if (current.Count > 0) chunks.Add(current);
        }
        return chunks;
    }
}
