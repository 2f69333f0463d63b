using MediaCreator.Modules.Audio.Abstractions;
using MediaCreator.Modules.Audio.Tabs;
using Xunit.Abstractions;

namespace MediaCreator.Modules.Audio.Tests.Tabs;

public sealed class FretPlannerTests(ITestOutputHelper output)
{
    private static readonly int[] CMajorOpen = [48, 50, 52, 53, 55, 57, 59, 60, 62, 64, 65, 67];

    [Fact]
    public void Easy_guitar_plays_the_C_major_scale_in_open_position()
    {
        var board = Fretboard.For(TabInstrument.Guitar);
        var positions = new FretPlanner(board, TabLevel.Easy).Plan(CMajorOpen);

        output.WriteLine(string.Join(" ", positions.Select(p => $"{board.Labels[p.String]}{p.Fret}")));
        // The textbook open-position fingering: A3 D0 D2 D3 G0 G2 B0 B1 B3 e0 e1 e3.
        Assert.Equal(["A3", "D0", "D2", "D3", "G0", "G2", "B0", "B1", "B3", "e0", "e1", "e3"],
            positions.Select(p => $"{board.Labels[p.String]}{p.Fret}"));
        AssertSounds(board, CMajorOpen, positions);
    }

    [Fact]
    public void Easy_ukulele_stays_in_open_position_using_the_reentrant_G_string()
    {
        var board = Fretboard.For(TabInstrument.Ukulele);
        int[] scale = [60, 62, 64, 65, 67, 69, 71, 72];
        var positions = new FretPlanner(board, TabLevel.Easy).Plan(scale);

        output.WriteLine(string.Join(" ", positions.Select(p => $"{board.Labels[p.String]}{p.Fret}")));
        AssertSounds(board, scale, positions);
        Assert.All(positions, p => Assert.InRange(p.Fret, 0, 3));
    }

    [Theory]
    [InlineData(TabInstrument.Guitar, TabLevel.Original)]
    [InlineData(TabInstrument.Guitar, TabLevel.Advanced)]
    [InlineData(TabInstrument.Guitar, TabLevel.Easy)]
    [InlineData(TabInstrument.Bass, TabLevel.Original)]
    [InlineData(TabInstrument.Ukulele, TabLevel.Original)]
    public void Melodies_get_playable_positions_that_sound_the_right_pitches(TabInstrument instrument, TabLevel level)
    {
        var board = Fretboard.For(instrument);
        // A melody wandering over an octave and a half above the instrument's lowest string (seeded random walk in a major key).
        var random = new Random(7);
        int[] major = [0, 2, 4, 5, 7, 9, 11];
        var degree = 7;
        var melody = new List<int>();
        for (var i = 0; i < 64; i++)
        {
            degree = Math.Clamp(degree + random.Next(-3, 4), 0, 10);
            melody.Add(board.Tuning.Min() + 12 * (degree / 7) + major[degree % 7] + (instrument == TabInstrument.Ukulele ? 0 : 3));
        }

        var positions = new FretPlanner(board, level).Plan(melody);

        AssertSounds(board, melody, positions);
        // Stretch: four consecutive fretted notes lie within five frets (one hand position, or a shift to the next).
        var fretted = positions.Where(p => p.Fret > 0).Select(p => p.Fret).ToList();
        var windows = Enumerable.Range(0, Math.Max(0, fretted.Count - 3)).Select(i => fretted.Skip(i).Take(4).Max() - fretted.Skip(i).Take(4).Min()).ToList();
        var jumps = Enumerable.Range(1, fretted.Count - 1).Select(i => Math.Abs(fretted[i] - fretted[i - 1])).ToList();
        output.WriteLine($"{instrument} {level}: widest 4-note window {windows.Max()} frets ({windows.Count(w => w > 5)} of {windows.Count} over 5), " +
                         $"largest jump {jumps.Max()}, frets {positions.Min(p => p.Fret)}–{positions.Max(p => p.Fret)}");
        Assert.InRange(windows.Max(), 0, 5);
        Assert.InRange(jumps.Max(), 0, 5);
        if (level == TabLevel.Easy) Assert.True(positions.Count(p => p.Fret <= 4) >= 0.9 * positions.Count);
    }

    [Fact]
    public void A_phrase_high_on_the_neck_stays_in_one_hand_position()
    {
        var board = Fretboard.For(TabInstrument.Guitar);
        // A minor pentatonic from A4 to E5 and back: one position at the tenth fret (B10 B13 e10 e12).
        int[] run = [69, 72, 74, 76, 74, 72, 69];
        var positions = new FretPlanner(board, TabLevel.Original).Plan(run);

        output.WriteLine(string.Join(" ", positions.Select(p => $"{board.Labels[p.String]}{p.Fret}")));
        AssertSounds(board, run, positions);
        var fretted = positions.Where(p => p.Fret > 0).Select(p => p.Fret).ToList();
        Assert.InRange(fretted.Max() - fretted.Min(), 0, 3);
    }

    [Fact]
    public void Notes_out_of_range_are_moved_by_octaves()
    {
        var board = Fretboard.For(TabInstrument.Bass);
        var positions = new FretPlanner(board, TabLevel.Original).Plan([76, 16]);
        Assert.All(positions, p => Assert.InRange(board.PitchAt(p), board.LowestPitch, board.HighestPitch));
        Assert.Equal(76 % 12, board.PitchAt(positions[0]) % 12);
        Assert.Equal(16 % 12, board.PitchAt(positions[1]) % 12);
    }

    private static void AssertSounds(Fretboard board, IReadOnlyList<int> pitches, IReadOnlyList<FretPosition> positions)
    {
        Assert.Equal(pitches.Count, positions.Count);
        for (var i = 0; i < pitches.Count; i++)
        {
            Assert.InRange(positions[i].Fret, 0, board.Frets);
            Assert.Equal(board.FoldIntoRange(pitches[i]), board.Tuning[positions[i].String] + positions[i].Fret);
        }
    }
}
