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
}
