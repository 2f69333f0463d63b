using MediaCreator.Modules.Audio.Abstractions;
using MediaCreator.Modules.Audio.Tabs;
using Xunit.Abstractions;

namespace MediaCreator.Modules.Audio.Tests.Tabs;

public sealed class ChordShapeTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(TabInstrument.Guitar, TabLevel.Original, "C", "x32010")]
    [InlineData(TabInstrument.Guitar, TabLevel.Original, "G", "320003")]
    [InlineData(TabInstrument.Guitar, TabLevel.Original, "Am", "x02210")]
    [InlineData(TabInstrument.Guitar, TabLevel.Original, "F", "133211")]
    [InlineData(TabInstrument.Guitar, TabLevel.Advanced, "F", "133211")]
    [InlineData(TabInstrument.Guitar, TabLevel.Easy, "F", "xx3211")]
    [InlineData(TabInstrument.Guitar, TabLevel.Easy, "G7", "320003")]
    [InlineData(TabInstrument.Guitar, TabLevel.Original, "Bm", "x24432")]
    [InlineData(TabInstrument.Guitar, TabLevel.Original, "F#m", "244222")]
    [InlineData(TabInstrument.Guitar, TabLevel.Original, "Bb", "x13331")]
    [InlineData(TabInstrument.Ukulele, TabLevel.Original, "C", "0003")]
    [InlineData(TabInstrument.Ukulele, TabLevel.Original, "G", "0232")]
    [InlineData(TabInstrument.Ukulele, TabLevel.Original, "Am", "2000")]
    [InlineData(TabInstrument.Ukulele, TabLevel.Easy, "F", "2010")]
    [InlineData(TabInstrument.Bass, TabLevel.Easy, "C", "x3xx")]
    [InlineData(TabInstrument.Bass, TabLevel.Original, "G", "355x")]
    [InlineData(TabInstrument.Bass, TabLevel.Original, "A", "x022")]
    public void Library_gives_the_standard_shapes(TabInstrument instrument, TabLevel level, string chord, string expected)
    {
        var board = Fretboard.For(instrument);
        var shape = ChordShapes.For(board, ChordSymbol.Parse(chord)!, level);
        Assert.Equal(expected, shape.Notation);
    }

    [Fact]
    public void Guitar_diagrams_show_open_and_muted_strings_and_fingers()
    {
        var lines = Diagram(TabInstrument.Guitar, "C");
        Assert.Equal("C  x32010", lines[0]);
        Assert.Equal("     x     o   o", lines[1]);
        Assert.Equal("     ===========", lines[2]);
        // Index on the B string's first fret, middle on the D string's second, ring on the A string's third.
        Assert.Equal("  1  | | | | 1 |", lines[3]);
        Assert.Equal("  2  | | 2 | | |", lines[4]);
        Assert.Equal("  3  | 3 | | | |", lines[5]);
        Assert.Equal("     E A D G B e", lines[^1]);

        var barre = Diagram(TabInstrument.Guitar, "F");
        Assert.Equal("  1  1-1-1-1-1-1", barre[3]);
        Assert.Equal("  2  | | | 2 | |", barre[4]);
        Assert.Equal("  3  | 3 4 | | |", barre[5]);
    }

    [Fact]
    public void Ukulele_diagram_of_C_uses_the_A_string_third_fret()
    {
        var lines = Diagram(TabInstrument.Ukulele, "C");
        Assert.Equal("     o o o  ", lines[1]);
        Assert.Equal("  3  | | | 1", lines[5]);
        Assert.Equal("     G C E A", lines[^1]);
    }

    [Theory]
    [InlineData(TabInstrument.Guitar)]
    [InlineData(TabInstrument.Ukulele)]
    [InlineData(TabInstrument.Bass)]
    public void Every_shape_sounds_its_chord_and_is_playable(TabInstrument instrument)
    {
        var board = Fretboard.For(instrument);
        string[] suffixes = ["", "m", "7", "maj7", "m7", "dim", "aug", "sus2", "sus4", "5"];
        string[] roots = ["C", "C#", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"];
        var count = 0;
        foreach (var level in Enum.GetValues<TabLevel>())
            foreach (var root in roots)
                foreach (var suffix in suffixes)
                {
                    var chord = ChordSymbol.Parse(root + suffix)!;
                    var played = level == TabLevel.Easy ? chord.Simplified() : chord;
                    var shape = ChordShapes.For(board, chord, level);
                    var pitches = shape.Positions.Select(board.PitchAt).ToList();
                    var name = $"{instrument} {level} {root}{suffix} {shape.Notation}";
                    Assert.True(pitches.Count > 0, name);
                    Assert.All(pitches, p => Assert.Contains(PitchNames.Mod12(p), played.PitchClasses));
                    // The root sounds; on guitar and bass it is the lowest note (ukulele is re-entrant).
                    Assert.Contains(played.Root, pitches.Select(PitchNames.Mod12));
                    if (instrument == TabInstrument.Bass || (instrument == TabInstrument.Guitar && level != TabLevel.Easy))
                        Assert.True(PitchNames.Mod12(pitches.Min()) == played.Root, name);
                    // Four fingers, or a barre plus three.
                    var fretted = shape.Positions.Count(p => p.Fret > 0);
                    Assert.True(fretted <= 4 || shape.BarreFret is not null, name);
                    Assert.True(shape.HighestFret - (shape.LowestFretted ?? shape.HighestFret) <= 3, name);
                    if (level == TabLevel.Easy && instrument != TabInstrument.Bass) Assert.Null(shape.BarreFret);
                    count++;
                }
        output.WriteLine($"{count} shapes checked on {instrument}");
    }

    private List<string> Diagram(TabInstrument instrument, string symbol)
    {
        var board = Fretboard.For(instrument);
        var chord = ChordSymbol.Parse(symbol)!;
        var lines = ChordChartWriter.Diagram(board, chord, ChordShapes.For(board, chord, TabLevel.Original)).ToList();
        output.WriteLine(string.Join('\n', lines));
        return lines;
    }
}

public sealed class ChordSymbolTests
{
    [Theory]
    [InlineData("C", 0, "Major", null)]
    [InlineData("Am", 9, "Minor", null)]
    [InlineData("F#m7", 6, "Minor7", null)]
    [InlineData("Bb/D", 10, "Major", 2)]
    [InlineData("C:maj", 0, "Major", null)]
    [InlineData("A:min", 9, "Minor", null)]
    [InlineData("G7", 7, "Dominant7", null)]
    [InlineData("Ebmaj7", 3, "Major7", null)]
    [InlineData("Dsus4", 2, "Sus4", null)]
    [InlineData("Bdim", 11, "Diminished", null)]
    public void Symbols_parse_to_root_quality_and_bass(string text, int root, string quality, int? bass)
    {
        var chord = ChordSymbol.Parse(text)!;
        Assert.Equal(root, chord.Root);
        Assert.Equal(quality, chord.Quality.ToString());
        Assert.Equal(bass, chord.Bass);
    }

    [Theory]
    [InlineData("N")]
    [InlineData("")]
    [InlineData("H7")]
    public void No_chord_parses_to_null(string text) => Assert.Null(ChordSymbol.Parse(text));
}
