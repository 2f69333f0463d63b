using System.Globalization;
using System.Text;
using MediaCreator.Modules.Audio.Abstractions;

namespace MediaCreator.Modules.Audio.Tabs;

/// <summary>
/// ASCII tab: one line per string (highest string on top), a three-character slot per sixteenth (per eighth when
/// easy), bar lines, and the chord names above the slot where each chord starts; as many bars per system as fit in
/// about a hundred columns.
/// </summary>
internal static class TextTabWriter
{
    private const int SlotWidth = 3;
    private const int LineWidth = 100;

    public static string Write(TabScore score)
    {
        var board = score.Board;
        var text = new StringBuilder();
        text.AppendLine(score.Title);
        text.AppendLine(Header(score));
        if (score.Shapes.Count > 0)
            text.AppendLine("Chords: " + string.Join("  ", score.Shapes.Select(s => $"{s.Chord.Text} {s.Shape.Notation}")));
        text.AppendLine();

        var ticksPerSlot = score.Level == TabLevel.Easy ? 2 : 1;
        var slotsPerBar = (int)Math.Ceiling(score.TicksPerBar / (double)ticksPerSlot);
        var barsPerSystem = Math.Max(1, LineWidth / (slotsPerBar * SlotWidth + 1));
        var labelWidth = board.Labels.Max(l => l.Length);
        // Strings drawn from the highest-numbered index (string 1) down.
        var order = Enumerable.Range(0, board.StringCount).Reverse().ToList();

        for (var firstBar = 0; firstBar < score.MeasureCount; firstBar += barsPerSystem)
        {
            var bars = Math.Min(barsPerSystem, score.MeasureCount - firstBar);
            var lines = order.ToDictionary(s => s, _ => new StringBuilder());
            var names = new StringBuilder();
            var counts = new StringBuilder();
            for (var bar = firstBar; bar < firstBar + bars; bar++)
            {
                foreach (var s in order) lines[s].Append('|');
                Pad(names, lines[order[0]].Length);
                counts.Append(' ');
                for (var slot = 0; slot < slotsPerBar; slot++)
                {
                    var from = bar * score.TicksPerBar + slot * ticksPerSlot;
                    var to = from + ticksPerSlot;
                    var column = lines[order[0]].Length;
                    var chord = score.Chords.FirstOrDefault(c => c.Tick >= from && c.Tick < to);
                    if (chord is not null)
                    {
                        // Over the fret digit; pushed right if the previous name is still running.
                        if (names.Length > column + 1) names.Append(' ');
                        Pad(names, column + 1);
                        names.Append(chord.Chord.Text);
                    }
                    var struck = score.Events.FirstOrDefault(e => e.Tick >= from && e.Tick < to);
                    foreach (var s in order)
                    {
                        var fret = struck?.Notes.Where(n => n.Position.String == s).Select(n => n.Position.Fret.ToString(CultureInfo.InvariantCulture)).FirstOrDefault() ?? "";
                        lines[s].Append('-').Append(fret.PadRight(SlotWidth - 1, '-'));
                    }
                    var beat = (slot * ticksPerSlot) % score.TicksPerBeat == 0 ? ((slot * ticksPerSlot) / score.TicksPerBeat + 1).ToString(CultureInfo.InvariantCulture) : "";
                    counts.Append(' ').Append(beat.PadRight(SlotWidth - 1));
                }
            }
            var indent = new string(' ', labelWidth);
            text.Append(indent).AppendLine(names.ToString().TrimEnd());
            foreach (var s in order) text.Append(board.Labels[s].PadRight(labelWidth)).Append(lines[s]).AppendLine("|");
            text.Append(indent).AppendLine(counts.ToString().TrimEnd());
            text.AppendLine();
        }
        return text.ToString();
    }

    internal static string Header(TabScore score) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{score.Board.Name} ({string.Join(' ', score.Board.TuningNames)}) · {score.Bpm:0.#} BPM · {score.BeatsPerBar}/{score.BeatUnit}" +
            $"{(score.Key is { } key ? " · key " + key.Notation : "")} · {score.Level.ToString().ToLowerInvariant()}");

    private static void Pad(StringBuilder builder, int length)
    {
        if (builder.Length < length) builder.Append(' ', length - builder.Length);
    }
}
