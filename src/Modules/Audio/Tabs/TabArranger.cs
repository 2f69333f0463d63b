using MediaCreator.Modules.Audio.Abstractions;

namespace MediaCreator.Modules.Audio.Tabs;

/// <summary>Seconds to beats from the analysis: its tracked beat times (interpolated, extrapolated with the local
/// beat period), else its tempo from time zero.</summary>
internal sealed class BeatGrid
{
    private readonly double[] _beats;

    public BeatGrid(TempoEstimate? tempo)
    {
        Bpm = tempo is { Bpm: > 0 } ? tempo.Bpm : 120;
        _beats = tempo?.BeatTimes is { Count: >= 2 } times ? times.Where(double.IsFinite).Order().ToArray() : [];
        if (tempo is not { Bpm: > 0 } && _beats.Length >= 2) Bpm = 60 / Median(_beats.Zip(_beats.Skip(1), (a, b) => b - a));
    }

    public double Bpm { get; }

    public double Beats(double seconds)
    {
        if (_beats.Length < 2) return seconds * Bpm / 60;
        if (seconds <= _beats[0]) return (seconds - _beats[0]) / (_beats[1] - _beats[0]);
        if (seconds >= _beats[^1]) return _beats.Length - 1 + (seconds - _beats[^1]) / (_beats[^1] - _beats[^2]);
        var i = Array.BinarySearch(_beats, seconds);
        if (i >= 0) return i;
        i = ~i;
        return i - 1 + (seconds - _beats[i - 1]) / (_beats[i] - _beats[i - 1]);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }
}

/// <summary>
/// Arranges the analysis' chords and the transcribed melody for an instrument and level: quantises both to the beat
/// grid (sixteenths, eighths when easy), places the melody with <see cref="FretPlanner"/>, and adds chord shapes
/// (easy: the chord or, on bass, its root at each change and bar; advanced: the voicing under the melody at changes).
/// </summary>
internal static class TabArranger
{
    public static TabScore Arrange(Fretboard board, TabLevel level, string title, MusicAnalysisResult analysis, IReadOnlyList<TranscribedNote> melody)
    {
        var grid = new BeatGrid(analysis.Tempo);
        var meter = analysis.TimeSignature is { BeatsPerBar: >= 1 and <= 32, BeatUnit: 2 or 4 or 8 or 16 } m ? m : new MeterEstimate(4, 4, 0);
        var ticksPerBeat = 4 * TabScore.Divisions / meter.BeatUnit;
        var ticksPerBar = meter.BeatsPerBar * ticksPerBeat;
        var step = level == TabLevel.Easy ? Math.Max(1, 2 * TabScore.Divisions / 4) : 1;
        double Ticks(double seconds) => grid.Beats(seconds) * ticksPerBeat;
        int Snap(double seconds, int unit) => (int)Math.Round(Ticks(seconds) / unit) * unit;

        // Chord changes on beats, simplified to triads when easy; repeats merged.
        var marks = analysis.Chords
            .Where(c => c.End > c.Start)
            .OrderBy(c => c.Start)
            .Select(c => (Tick: Snap(c.Start, ticksPerBeat), EndTick: Snap(c.End, ticksPerBeat), Chord: ChordSymbol.Parse(c.Chord)))
            .ToList();
        var notes = melody
            .Select(n => (Tick: Snap(n.Onset, step), EndTick: Snap(n.Offset, step), n.Pitch))
            .ToList();

        // Bar 1 starts on the first beat; anything before it gets whole pickup bars.
        var first = marks.Select(m => m.Tick).Concat(notes.Select(n => n.Tick)).DefaultIfEmpty(0).Min();
        var shift = first < 0 ? (int)Math.Ceiling(-first / (double)ticksPerBar) * ticksPerBar : 0;
        // The bars the music fills (the whole recording when nothing was found).
        var contentEnd = marks.Where(m => m.Chord is not null).Select(m => m.EndTick).Concat(notes.Select(n => n.EndTick)).DefaultIfEmpty(0).Max();
        var endTick = (contentEnd > 0 ? contentEnd : (int)Math.Floor(Ticks(analysis.DurationSeconds))) + shift;
        var measures = Math.Max(1, (int)Math.Ceiling(endTick / (double)ticksPerBar));
        var total = measures * ticksPerBar;

        var chordMarks = new List<ChordMark>();
        foreach (var (tick, _, chord) in marks)
        {
            var t = tick + shift;
            if (chordMarks.Count > 0 && chordMarks[^1].Tick == t) chordMarks.RemoveAt(chordMarks.Count - 1);
            if (chord is null) continue;
            var symbol = level == TabLevel.Easy ? chord.Simplified() : chord;
            if (chordMarks.Count > 0 && chordMarks[^1].Chord.Text == symbol.Text) continue;
            chordMarks.Add(new ChordMark(t, symbol));
        }
        // "N" spans end the previous chord; keep the end so chord events stop there.
        var chordEnds = marks.Where(m => m.Chord is null).Select(m => m.Tick + shift).ToHashSet();
        var chordsEnd = marks.Where(m => m.Chord is not null).Select(m => m.EndTick + shift).DefaultIfEmpty(0).Max();
        chordEnds.Add(chordsEnd);

        var shapes = new List<(ChordSymbol Chord, ChordShape Shape)>();
        foreach (var mark in chordMarks)
            if (shapes.All(s => s.Chord.Text != mark.Chord.Text))
                shapes.Add((mark.Chord, ChordShapes.For(board, mark.Chord, level)));
        ChordShape ShapeOf(ChordSymbol chord) => shapes.First(s => s.Chord.Text == chord.Text).Shape;

        var events = new List<TabEvent>();
        var melodyNotes = notes
            .Select(n => (Tick: n.Tick + shift, EndTick: n.EndTick + shift, n.Pitch))
            .Where(n => n.Tick >= 0 && n.Tick < total)
            .GroupBy(n => n.Tick)
            .Select(g => g.MaxBy(n => n.EndTick - n.Tick))
            .OrderBy(n => n.Tick)
            .ToList();
        if (melodyNotes.Count > 0 && (level != TabLevel.Easy || chordMarks.Count == 0))
        {
            var pitches = Transpose(board, melodyNotes.Select(n => n.Pitch).ToList());
            var positions = new FretPlanner(board, level).Plan(pitches);
            for (var i = 0; i < melodyNotes.Count; i++)
            {
                var next = i + 1 < melodyNotes.Count ? melodyNotes[i + 1].Tick : total;
                var duration = Math.Clamp(melodyNotes[i].EndTick - melodyNotes[i].Tick, step, Math.Max(step, next - melodyNotes[i].Tick));
                duration = Math.Min(duration, total - melodyNotes[i].Tick);
                events.Add(new TabEvent(melodyNotes[i].Tick, duration, [new TabNote(positions[i], board.PitchAt(positions[i]))], Melody: true));
            }
            if (level == TabLevel.Advanced && board.Instrument != TabInstrument.Bass) AddVoicings(board, events, chordMarks, ShapeOf, total);
        }
        else
        {
            events.AddRange(ChordEvents(board, chordMarks, chordEnds, ShapeOf, ticksPerBar, total));
        }

        return new TabScore
        {
            Board = board,
            Level = level,
            Title = title,
            Bpm = grid.Bpm,
            BeatsPerBar = meter.BeatsPerBar,
            BeatUnit = meter.BeatUnit,
            Key = analysis.Key,
            MeasureCount = measures,
            Events = events.OrderBy(e => e.Tick).ToList(),
            Chords = chordMarks,
            ChordsEnd = chordsEnd,
            Shapes = shapes,
        };
    }

    /// <summary>The melody moved by the whole octaves that bring most of it into range (then note by note).</summary>
    private static List<int> Transpose(Fretboard board, List<int> pitches)
    {
        var octaves = Enumerable.Range(-3, 7)
            .OrderBy(k => pitches.Count(p => p + 12 * k < board.LowestPitch || p + 12 * k > board.HighestPitch))
            .ThenBy(Math.Abs)
            .First();
        return pitches.Select(p => board.FoldIntoRange(p + 12 * octaves)).ToList();
    }

    /// <summary>Chords (or bass roots) at every change and at the start of each bar a chord carries on into.</summary>
    private static IEnumerable<TabEvent> ChordEvents(Fretboard board, List<ChordMark> marks, HashSet<int> ends,
        Func<ChordSymbol, ChordShape> shapeOf, int ticksPerBar, int total)
    {
        for (var i = 0; i < marks.Count; i++)
        {
            var start = marks[i].Tick;
            var stop = i + 1 < marks.Count ? marks[i + 1].Tick : total;
            var end = ends.Where(e => e > start && e < stop).DefaultIfEmpty(stop).Min();
            IReadOnlyList<TabNote> notes;
            if (board.Instrument == TabInstrument.Bass)
            {
                var root = ChordShapes.Root(board, marks[i].Chord);
                notes = [new TabNote(root, board.PitchAt(root))];
            }
            else
            {
                notes = shapeOf(marks[i].Chord).Positions.Select(p => new TabNote(p, board.PitchAt(p))).ToList();
            }
            for (var tick = start; tick < end;)
            {
                var next = Math.Min(end, (tick / ticksPerBar + 1) * ticksPerBar);
                if (tick >= 0) yield return new TabEvent(tick, next - tick, notes, Melody: board.Instrument == TabInstrument.Bass);
                tick = next;
            }
        }
    }

    /// <summary>Advanced: the chord's voicing under the melody note struck at a change (the chord tones below it on
    /// other strings, within reach of its fret), or the whole voicing where the melody rests at a change.</summary>
    private static void AddVoicings(Fretboard board, List<TabEvent> events, List<ChordMark> marks, Func<ChordSymbol, ChordShape> shapeOf, int total)
    {
        foreach (var mark in marks)
        {
            var shape = shapeOf(mark.Chord).Positions.Select(p => new TabNote(p, board.PitchAt(p))).ToList();
            var at = events.FindIndex(e => e.Tick == mark.Tick);
            if (at >= 0)
            {
                var lead = events[at].Notes[0];
                var under = shape.Where(n => n.Pitch < lead.Pitch && n.Position.String != lead.Position.String
                                             && (n.Position.Fret == 0 || lead.Position.Fret == 0 || Math.Abs(n.Position.Fret - lead.Position.Fret) <= 3));
                events[at] = events[at] with { Notes = [lead, .. under] };
                continue;
            }
            var sounding = events.Any(e => e.Tick < mark.Tick && e.Tick + e.Duration > mark.Tick);
            if (sounding) continue;
            var next = events.Where(e => e.Tick > mark.Tick).Select(e => e.Tick).Concat(marks.Where(m => m.Tick > mark.Tick).Select(m => m.Tick)).DefaultIfEmpty(total).Min();
            events.Add(new TabEvent(mark.Tick, next - mark.Tick, shape, Melody: false));
        }
        events.Sort((a, b) => a.Tick.CompareTo(b.Tick));
    }
}
