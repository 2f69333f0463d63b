using MediaCreator.Modules.Audio.Abstractions;

namespace MediaCreator.Modules.Audio.Tabs;

/// <summary>A note on the fretboard with the pitch it sounds.</summary>
internal readonly record struct TabNote(FretPosition Position, int Pitch);

/// <summary>Notes struck together at <see cref="Tick"/>, held <see cref="Duration"/> ticks (a melody note, a chord, or
/// a melody note over the lower part of a chord).</summary>
internal sealed record TabEvent(int Tick, int Duration, IReadOnlyList<TabNote> Notes, bool Melody);

/// <summary>A chord symbol taking effect at <see cref="Tick"/>.</summary>
internal sealed record ChordMark(int Tick, ChordSymbol Chord);

/// <summary>
/// The arranged piece every writer renders: one voice of events on a sixteenth-note grid
/// (<see cref="Divisions"/> ticks per quarter note), bars of the analysed meter, chord symbols and their shapes.
/// </summary>
internal sealed class TabScore
{
    /// <summary>Ticks per quarter note (a tick is a sixteenth).</summary>
    public const int Divisions = 4;

    public required Fretboard Board { get; init; }

    public required TabLevel Level { get; init; }

    public string Title { get; init; } = "Untitled";

    /// <summary>Beats per minute, the beat being the meter's unit (a quarter in 4/4, an eighth in 6/8).</summary>
    public required double Bpm { get; init; }

    public required int BeatsPerBar { get; init; }

    public required int BeatUnit { get; init; }

    public KeyEstimate? Key { get; init; }

    public required int MeasureCount { get; init; }

    public required IReadOnlyList<TabEvent> Events { get; init; }

    public required IReadOnlyList<ChordMark> Chords { get; init; }

    /// <summary>Tick where the last chord span ends.</summary>
    public int ChordsEnd { get; init; }

    /// <summary>Shape per chord symbol text, in order of first use.</summary>
    public required IReadOnlyList<(ChordSymbol Chord, ChordShape Shape)> Shapes { get; init; }

    public int TicksPerBeat => 4 * Divisions / BeatUnit;

    public int TicksPerBar => BeatsPerBar * TicksPerBeat;

    /// <summary>Quarter notes per minute (MusicXML's sound tempo).</summary>
    public double QuarterBpm => Bpm * 4.0 / BeatUnit;

    /// <summary>
    /// A measure cut into pieces of one note value each: at event starts and ends, chord changes and bar lines, and
    /// (off the beat) at beats. Each piece says which event sounds (null: a rest), whether it continues one (a tie)
    /// and the chord that changes at its start.
    /// </summary>
    public IEnumerable<MeasurePiece> Pieces(int measure)
    {
        var barStart = measure * TicksPerBar;
        var barEnd = barStart + TicksPerBar;
        var events = Events.Where(e => e.Tick < barEnd && e.Tick + e.Duration > barStart).ToList();
        var chords = Chords.Where(c => c.Tick >= barStart && c.Tick < barEnd).ToList();
        var cuts = new SortedSet<int> { barStart, barEnd };
        foreach (var e in events)
        {
            cuts.Add(Math.Max(barStart, e.Tick));
            cuts.Add(Math.Min(barEnd, e.Tick + e.Duration));
        }
        foreach (var c in chords) cuts.Add(c.Tick);
        var points = cuts.ToList();
        for (var i = 0; i + 1 < points.Count; i++)
        {
            int from = points[i], to = points[i + 1];
            var chord = chords.FirstOrDefault(c => c.Tick == from);
            var sounding = events.FirstOrDefault(e => e.Tick <= from && e.Tick + e.Duration >= to);
            var position = from;
            foreach (var value in NoteValues.Split(to - from, from - barStart, TicksPerBeat))
            {
                var ticks = NoteValues.All[value].Ticks;
                yield return new MeasurePiece(position, value, sounding, position == from ? chord : null,
                    TieStop: sounding is not null && position > sounding.Tick,
                    TieStart: sounding is not null && position + ticks < sounding.Tick + sounding.Duration);
                position += ticks;
            }
        }
    }
}

/// <summary>One note value of a measure (see <see cref="TabScore.Pieces"/>); <see cref="Value"/> indexes <see cref="NoteValues.All"/>.</summary>
internal sealed record MeasurePiece(int Tick, int Value, TabEvent? Sounding, ChordMark? Chord, bool TieStop, bool TieStart);

/// <summary>The note values a tick count is written with (a tick is a sixteenth).</summary>
internal static class NoteValues
{
    /// <summary>Ticks, MusicXML type and dot, longest first.</summary>
    public static readonly (int Ticks, string Type, bool Dot)[] All =
    [
        (16, "whole", false), (12, "half", true), (8, "half", false), (6, "quarter", true),
        (4, "quarter", false), (3, "eighth", true), (2, "eighth", false), (1, "16th", false),
    ];

    /// <summary>Indexes into <see cref="All"/> covering <paramref name="length"/> ticks from <paramref name="offset"/>
    /// in the bar; pieces do not cross a beat unless they start on one.</summary>
    public static List<int> Split(int length, int offset, int ticksPerBeat)
    {
        var pieces = new List<int>();
        while (length > 0)
        {
            var toBeat = offset % ticksPerBeat == 0 ? length : Math.Min(length, ticksPerBeat - offset % ticksPerBeat);
            var index = Array.FindIndex(All, v => v.Ticks <= toBeat);
            pieces.Add(index);
            length -= All[index].Ticks;
            offset += All[index].Ticks;
        }
        return pieces;
    }
}
