using System.Globalization;
using System.Text;
using MediaCreator.Modules.Audio.Abstractions;

namespace MediaCreator.Modules.Audio.Tabs;

/// <summary>
/// Chord chart: the progression bar by bar (four bars a line), then a fingering diagram per chord: strings as columns
/// (lowest on the left), <c>x</c> for a muted and <c>o</c> for an open string, the nut (or the starting fret) and
/// the finger number on each fretted string (a barre drawn across as 1-1-1).
/// </summary>
internal static class ChordChartWriter
{
    private const int BarsPerLine = 4;

    public static string Write(TabScore score)
    {
        var text = new StringBuilder();
        text.AppendLine(score.Title + " (chord chart)");
        text.AppendLine(TextTabWriter.Header(score));
        text.AppendLine();
        if (score.Chords.Count == 0)
        {
            text.AppendLine("No chords were found in the analysis.");
            return text.ToString();
        }

        text.AppendLine("Progression:");
        var bars = Enumerable.Range(0, score.MeasureCount).Select(bar => BarText(score, bar)).ToList();
        var width = Math.Max(8, bars.Max(b => b.Length) + 2);
        for (var first = 0; first < bars.Count; first += BarsPerLine)
        {
            var line = new StringBuilder();
            foreach (var bar in bars.Skip(first).Take(BarsPerLine)) line.Append("| ").Append(bar.PadRight(width - 1));
            text.AppendLine(line.Append('|').ToString());
        }
        text.AppendLine();
        text.AppendLine("Chords:");
        foreach (var (chord, shape) in score.Shapes)
        {
            text.AppendLine();
            foreach (var line in Diagram(score.Board, chord, shape)) text.AppendLine(line);
        }
        return text.ToString();
    }

    /// <summary>Chords of one bar: those changing in it, else the one carried over ("%" repeats the previous bar).</summary>
    private static string BarText(TabScore score, int bar)
    {
        var start = bar * score.TicksPerBar;
        var inBar = score.Chords.Where(c => c.Tick >= start && c.Tick < start + score.TicksPerBar).ToList();
        var carried = start < score.ChordsEnd ? score.Chords.LastOrDefault(c => c.Tick < start) : null;
        if (inBar.Count == 0) return carried is null ? "-" : "%";
        var names = inBar.Select(c => c.Chord.Text).ToList();
        if (inBar[0].Tick > start) names.Insert(0, carried is null ? "-" : "%");
        return string.Join(' ', names);
    }

    /// <summary>The diagram's lines: name and notation, open/muted row, nut or start fret, one row per fret, string names.</summary>
    internal static IEnumerable<string> Diagram(Fretboard board, ChordSymbol chord, ChordShape shape)
    {
        var highest = shape.HighestFret ?? 0;
        var firstFret = highest <= 4 ? 1 : shape.LowestFretted ?? 1;
        var rows = Math.Max(4, highest - firstFret + 1);
        const string margin = "     ";
        yield return $"{chord.Text}  {shape.Notation}";
        yield return margin + string.Join(' ', shape.Frets.Select(f => f switch { null => "x", 0 => "o", _ => " " }));
        yield return firstFret == 1
            ? margin + new string('=', 2 * board.StringCount - 1)
            : margin + new string('-', 2 * board.StringCount - 1) + $"  {firstFret}fr";
        for (var row = 0; row < rows; row++)
        {
            var fret = firstFret + row;
            var cells = new char[board.StringCount];
            for (var s = 0; s < board.StringCount; s++)
                cells[s] = shape.Frets[s] == fret ? (char)('0' + shape.Fingers[s]) : '|';
            var line = new StringBuilder(fret.ToString(CultureInfo.InvariantCulture).PadLeft(3)).Append("  ");
            for (var s = 0; s < board.StringCount; s++)
            {
                var barred = shape.BarreFret == fret && s >= shape.BarreFromString;
                line.Append(barred ? '1' : cells[s]);
                if (s + 1 < board.StringCount) line.Append(barred ? '-' : ' ');
            }
            yield return line.ToString();
        }
        yield return margin + string.Join(' ', board.Labels);
        if (board.Instrument == TabInstrument.Bass) yield return margin + "(root" + (shape.Positions.Count() > 1 ? ", fifth, octave)" : ")");
    }
}
