using System.Xml;
using MediaCreator.Modules.Audio.Abstractions;
using MediaCreator.Modules.Audio.Tabs;
using Xunit.Abstractions;

namespace MediaCreator.Modules.Audio.Tests.Tabs;

/// <summary>The generator end to end on rendered clips, with the analysis built by hand as the analyser would return it.</summary>
[Collection(MelodyClipsCollection.Name)]
public sealed class TabGeneratorTests(MelodyClips clips, ITestOutputHelper output)
{
    private static readonly string[] GuitarLabels = ["E", "A", "D", "G", "B", "e"];
    private readonly TabGenerator _generator = new();

    /// <summary>The guitar clip's analysis: 100 BPM from 0 s, 4/4, G major, G | D | Em | C G.</summary>
    private static MusicAnalysisResult GuitarAnalysis(MelodyClip clip)
    {
        var beat = clip.Midi.SecondsPerBeat;
        return new MusicAnalysisResult(
            clip.Audio.DurationSeconds,
            new TempoEstimate(clip.Midi.Bpm, 0.9, Enumerable.Range(0, 17).Select(i => i * beat).ToList()),
            new KeyEstimate("G", false, 0.9),
            new MeterEstimate(4, 4, 0.9),
            [
                new ChordSpan("G", 0, 4 * beat, 0.9), new ChordSpan("D", 4 * beat, 8 * beat, 0.9),
                new ChordSpan("Em", 8 * beat, 12 * beat, 0.9), new ChordSpan("C", 12 * beat, 14 * beat, 0.9),
                new ChordSpan("G", 14 * beat, 16 * beat, 0.9),
            ],
            [], [], null);
    }

    [Fact]
    public void Text_tab_of_the_guitar_clip_plays_the_melody_on_the_right_strings_and_frets()
    {
        var clip = clips.Guitar;
        var tab = _generator.Generate(clip.Audio, GuitarAnalysis(clip), new TabRequest(TabInstrument.Guitar, TabLevel.Original, TabOutputFormat.Text, "Test melody"), default);
        output.WriteLine(tab.Content);

        Assert.Equal("text/plain", tab.MimeType);
        Assert.Equal(["E2", "A2", "D3", "G3", "B3", "E4"], tab.Tuning);
        Assert.Equal(["G", "D", "Em", "C"], tab.Chords);
        var tuning = GuitarLabels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => new[] { 40, 45, 50, 55, 59, 64 }[x.i]);
        var played = TabText.Columns(tab.Content, GuitarLabels).Select(c => Assert.Single(c)).Select(n => tuning[n.Label] + n.Fret).ToList();
        var truth = clip.Notes.Select(n => n.Pitch).ToList();
        var right = played.Zip(truth).Count(p => p.First == p.Second);
        output.WriteLine($"{right}/{truth.Count} melody notes on the tab at the right pitch; {tab.NoteCount} notes placed");
        Assert.Equal(truth.Count, tab.NoteCount);
        Assert.True(right >= 0.9 * truth.Count);
        // Playable: four consecutive fretted notes within five frets.
        var frets = TabText.Columns(tab.Content, GuitarLabels).SelectMany(c => c).Where(n => n.Fret > 0).Select(n => n.Fret).ToList();
        Assert.All(Enumerable.Range(0, frets.Count - 3), i => Assert.InRange(frets.Skip(i).Take(4).Max() - frets.Skip(i).Take(4).Min(), 0, 5));
        Assert.Contains("100 BPM · 4/4 · key G:maj · original", tab.Content);
    }

    [Fact]
    public void Text_tab_of_a_known_phrase_puts_each_fret_on_its_string_under_its_chord()
    {
        // C4 D4 E4 G3 | A3 (half) C4 (half) at 120 BPM, chords C then Am; the analysis as the analyser returns it.
        var board = Fretboard.For(TabInstrument.Guitar);
        var analysis = new MusicAnalysisResult(4.0, new TempoEstimate(120, 0.9, [0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5]), null, new MeterEstimate(4, 4, 0.9),
            [new ChordSpan("C", 0, 2, 0.9), new ChordSpan("Am", 2, 4, 0.9)], [], [], null);
        TranscribedNote[] melody = [new(0.01, 0.5, 60), new(0.51, 1, 62), new(1.0, 1.5, 64), new(1.49, 2, 55), new(2.02, 3, 57), new(3.0, 3.9, 60)];

        var text = TextTabWriter.Write(TabArranger.Arrange(board, TabLevel.Original, "Phrase", analysis, melody));
        output.WriteLine(text);

        var columns = TabText.Columns(text, GuitarLabels);
        Assert.Equal([("B", 1), ("B", 3), ("e", 0), ("G", 0), ("G", 2), ("B", 1)], columns.Select(c => Assert.Single(c)));
        var lines = text.Split('\n');
        var e = Array.FindIndex(lines, l => l.StartsWith("e|", StringComparison.Ordinal));
        // A three-character slot per sixteenth: quarter notes are four slots apart; chord names over their first note.
        Assert.Equal("e|-------------------------0----------------------|------------------------------------------------|", lines[e].TrimEnd());
        Assert.Equal("B|-1-----------3----------------------------------|-------------------------1----------------------|", lines[e + 1].TrimEnd());
        Assert.Equal("G|-------------------------------------0----------|-2----------------------------------------------|", lines[e + 2].TrimEnd());
        Assert.Equal("D|------------------------------------------------|------------------------------------------------|", lines[e + 3].TrimEnd());
        Assert.Equal("   C" + new string(' ', 48) + "Am", lines[e - 1].TrimEnd());
        Assert.Equal("   1           2           3           4            1           2           3           4", lines[e + 6].TrimEnd());
    }

    [Fact]
    public void Compound_meter_bars_hold_six_eighths_in_MusicXml_and_GP5()
    {
        // 6/8 at 180 eighths a minute: dotted quarters and eighths (an eighth is 1/3 s).
        var board = Fretboard.For(TabInstrument.Guitar);
        var analysis = new MusicAnalysisResult(4.0, new TempoEstimate(180, 0.9, []), new KeyEstimate("E", true, 0.9), new MeterEstimate(6, 8, 0.9),
            [new ChordSpan("Em", 0, 2, 0.9), new ChordSpan("B7", 2, 4, 0.9)], [], [], null);
        TranscribedNote[] melody = [new(0, 1, 64), new(1, 1.33, 66), new(1.33, 1.67, 67), new(1.67, 2, 66), new(2, 3, 63), new(3, 4, 59)];
        var score = TabArranger.Arrange(board, TabLevel.Original, "Six eight", analysis, melody);

        var doc = new XmlDocument { XmlResolver = null };
        using (var reader = XmlReader.Create(new StringReader(MusicXmlTabWriter.Write(score)), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore }))
            doc.Load(reader);
        Assert.Equal("6", doc.SelectSingleNode("//time/beats")!.InnerText);
        Assert.Equal("8", doc.SelectSingleNode("//time/beat-type")!.InnerText);
        Assert.Equal("1", doc.SelectSingleNode("//key/fifths")!.InnerText); // E minor
        var measures = doc.SelectNodes("//measure")!.Cast<XmlElement>().ToList();
        Assert.Equal(2, measures.Count);
        Assert.All(measures, m => Assert.Equal(12, m.SelectNodes("note[not(chord)]/duration")!.Cast<XmlElement>().Sum(d => int.Parse(d.InnerText))));
        Assert.Equal(["quarter", "eighth", "eighth", "eighth"], measures[0].SelectNodes("note/type")!.Cast<XmlElement>().Select(t => t.InnerText));
        Assert.NotNull(measures[0].SelectSingleNode("note[1]/dot"));
        Assert.Equal("D", measures[1].SelectSingleNode("note[1]/pitch/step")!.InnerText); // D# spelled with a sharp in E minor
        Assert.Equal("1", measures[1].SelectSingleNode("note[1]/pitch/alter")!.InnerText);

        var gp5 = new Gp5Reader(Gp5TabWriter.Write(score)).Read();
        Assert.True(gp5.AtEnd);
        Assert.Equal((6, 8), (gp5.Numerator, gp5.Denominator));
        Assert.Equal(90, gp5.Tempo); // quarter notes a minute
        Assert.All(gp5.Measures, m => Assert.Equal(12, m.Sum(b => b.Sixteenths)));
    }

    [Fact]
    public void MusicXml_has_a_tab_staff_with_strings_frets_durations_and_harmony()
    {
        var clip = clips.Guitar;
        var tab = _generator.Generate(clip.Audio, GuitarAnalysis(clip), new TabRequest(TabInstrument.Guitar, TabLevel.Original, TabOutputFormat.MusicXml, "Test melody"), default);
        Assert.Equal("application/vnd.recordare.musicxml+xml", tab.MimeType);

        var doc = new XmlDocument { XmlResolver = null };
        using (var reader = XmlReader.Create(new StringReader(tab.Content), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore }))
            doc.Load(reader);
        var root = doc.DocumentElement!;
        Assert.Equal("score-partwise", root.Name);
        Assert.Equal("4.0", root.GetAttribute("version"));
        Assert.Equal(["work", "identification", "part-list", "part"], root.ChildNodes.Cast<XmlElement>().Select(e => e.Name));
        Assert.Equal("P1", root.SelectSingleNode("part-list/score-part/@id")!.Value);
        Assert.Equal("Guitar", root.SelectSingleNode("part-list/score-part/part-name")!.InnerText);

        var attributes = (XmlElement)root.SelectSingleNode("part/measure[1]/attributes")!;
        Assert.Equal(["divisions", "key", "time", "clef", "staff-details"], attributes.ChildNodes.Cast<XmlElement>().Select(e => e.Name));
        Assert.Equal("4", attributes["divisions"]!.InnerText);
        Assert.Equal("1", attributes.SelectSingleNode("key/fifths")!.InnerText);
        Assert.Equal("4", attributes.SelectSingleNode("time/beats")!.InnerText);
        Assert.Equal("TAB", attributes.SelectSingleNode("clef/sign")!.InnerText);
        Assert.Equal("6", attributes.SelectSingleNode("staff-details/staff-lines")!.InnerText);
        var tuning = attributes.SelectNodes("staff-details/staff-tuning")!.Cast<XmlElement>()
            .Select(t => t["tuning-step"]!.InnerText + t["tuning-octave"]!.InnerText).ToList();
        Assert.Equal(["E2", "A2", "D3", "G3", "B3", "E4"], tuning);
        Assert.Equal("100", root.SelectSingleNode("part/measure[1]/direction/sound/@tempo")!.Value);

        var measures = root.SelectNodes("part/measure")!.Cast<XmlElement>().ToList();
        Assert.InRange(measures.Count, 4, 5); // 16 beats (the last note rings on)
        int[] open = [64, 59, 55, 50, 45, 40];
        var pitches = new List<int>();
        foreach (var measure in measures)
        {
            var notes = measure.SelectNodes("note")!.Cast<XmlElement>().ToList();
            Assert.Equal(16, notes.Where(n => n["chord"] is null).Sum(n => int.Parse(n["duration"]!.InnerText)));
            foreach (var note in notes)
            {
                AssertOrder(note, ["chord", "pitch", "rest", "duration", "tie", "voice", "type", "dot", "notations"]);
                if (note["rest"] is not null) continue;
                var pitch = Midi(note["pitch"]!);
                var technical = note.SelectSingleNode("notations/technical")!;
                var stringNumber = int.Parse(technical["string"]!.InnerText);
                var fret = int.Parse(technical["fret"]!.InnerText);
                Assert.Equal(open[stringNumber - 1] + fret, pitch);
                if (note.SelectSingleNode("tie[@type='stop']") is null) pitches.Add(pitch);
            }
        }
        var truth = clip.Notes.Select(n => n.Pitch).ToList();
        var right = pitches.Zip(truth).Count(p => p.First == p.Second);
        output.WriteLine($"MusicXML: {measures.Count} measures, {pitches.Count} notes, {right}/{truth.Count} at the right pitch");
        Assert.True(right >= 0.9 * truth.Count);

        var harmonies = root.SelectNodes("part/measure/harmony")!.Cast<XmlElement>().ToList();
        Assert.Equal(["G", "D", "E", "C", "G"], harmonies.Select(h => h.SelectSingleNode("root/root-step")!.InnerText));
        Assert.Equal(["major", "major", "minor", "major", "major"], harmonies.Select(h => h["kind"]!.InnerText));
        foreach (var harmony in harmonies) AssertOrder(harmony, ["root", "kind", "bass", "frame"]);
        // The G frame: 320003 as (string, fret) with string 1 the high E.
        var frame = harmonies[0]["frame"]!.SelectNodes("frame-note")!.Cast<XmlElement>().Select(n => (n["string"]!.InnerText, n["fret"]!.InnerText));
        Assert.Equal([("6", "3"), ("5", "2"), ("4", "0"), ("3", "0"), ("2", "0"), ("1", "3")], frame);
        Assert.Equal(["G", "D", "Em", "C"], tab.Chords);
    }

    [Fact]
    public void Advanced_guitar_puts_the_chord_voicing_under_the_melody_at_changes()
    {
        var clip = clips.Guitar;
        var tab = _generator.Generate(clip.Audio, GuitarAnalysis(clip), new TabRequest(TabInstrument.Guitar, TabLevel.Advanced, TabOutputFormat.Text), default);
        output.WriteLine(tab.Content);
        var columns = TabText.Columns(tab.Content, GuitarLabels);
        var tuning = new Dictionary<string, int> { ["E"] = 40, ["A"] = 45, ["D"] = 50, ["G"] = 55, ["B"] = 59, ["e"] = 64 };
        var chords = columns.Where(c => c.Count > 1).ToList();
        Assert.True(chords.Count >= 4, $"{chords.Count} chord columns");
        // The first column is the G melody note over G chord tones below it.
        var first = columns[0].Select(n => tuning[n.Label] + n.Fret).ToList();
        Assert.Equal(67, first.Max());
        Assert.All(first, p => Assert.Contains(p % 12, new[] { 7, 11, 2 }));
        Assert.Equal(clip.Notes.Count, tab.NoteCount);
    }

    [Fact]
    public void Easy_guitar_strums_simplified_open_chords_each_bar()
    {
        var clip = clips.Guitar;
        var analysis = GuitarAnalysis(clip) with { Chords = [new ChordSpan("G7", 0, 2.4, 0.9), new ChordSpan("F", 2.4, 4.8, 0.9), new ChordSpan("Am", 4.8, 9.6, 0.9)] };
        var tab = _generator.Generate(clip.Audio, analysis, new TabRequest(TabInstrument.Guitar, TabLevel.Easy, TabOutputFormat.Text), default);
        output.WriteLine(tab.Content);

        Assert.Equal(["G", "F", "Am"], tab.Chords);
        Assert.Equal(0, tab.NoteCount);
        var shapes = TabText.Columns(tab.Content, GuitarLabels)
            .Select(c => string.Concat(GuitarLabels.Select(l => c.Where(n => n.Label == l).Select(n => n.Fret.ToString()).DefaultIfEmpty("x").First())))
            .ToList();
        Assert.Equal(["320003", "xx3211", "x02210", "x02210"], shapes);
    }

    [Fact]
    public void Easy_bass_plays_the_chord_roots_on_the_low_strings()
    {
        var clip = clips.Bass;
        var beat = clip.Midi.SecondsPerBeat;
        string[] progression = ["C", "G", "Am", "F"];
        var analysis = new MusicAnalysisResult(clip.Audio.DurationSeconds, new TempoEstimate(clip.Midi.Bpm, 0.9, []), new KeyEstimate("C", false, 0.8),
            new MeterEstimate(4, 4, 0.9), progression.Select((c, i) => new ChordSpan(c, i * 4 * beat, (i + 1) * 4 * beat, 0.9)).ToList(), [], [], null);
        var tab = _generator.Generate(clip.Audio, analysis, new TabRequest(TabInstrument.Bass, TabLevel.Easy, TabOutputFormat.Text), default);
        output.WriteLine(tab.Content);

        Assert.Equal(["E1", "A1", "D2", "G2"], tab.Tuning);
        var tuning = new Dictionary<string, int> { ["E"] = 28, ["A"] = 33, ["D"] = 38, ["G"] = 43 };
        var roots = TabText.Columns(tab.Content, ["E", "A", "D", "G"]).Select(c => Assert.Single(c)).ToList();
        Assert.Equal(4, roots.Count);
        Assert.All(roots, r => Assert.Contains(r.Label, new[] { "E", "A" }));
        Assert.Equal([0, 7, 9, 5], roots.Select(r => (tuning[r.Label] + r.Fret) % 12));
        Assert.Equal([("A", 3), ("E", 3), ("A", 0), ("E", 1)], roots);
        Assert.Equal(4, tab.NoteCount);
    }

    [Fact]
    public void Original_bass_tabs_the_transcribed_bass_line()
    {
        var clip = clips.Bass;
        var analysis = TempoOnly(clip);
        var tab = _generator.Generate(clip.Audio, analysis, new TabRequest(TabInstrument.Bass, TabLevel.Original, TabOutputFormat.Text), default);
        output.WriteLine(tab.Content);
        var tuning = new Dictionary<string, int> { ["E"] = 28, ["A"] = 33, ["D"] = 38, ["G"] = 43 };
        var played = TabText.Columns(tab.Content, ["E", "A", "D", "G"]).Select(c => Assert.Single(c)).Select(n => tuning[n.Label] + n.Fret).ToList();
        var truth = clip.Notes.Select(n => n.Pitch).ToList();
        var right = played.Zip(truth).Count(p => p.First == p.Second);
        output.WriteLine($"bass: {right}/{truth.Count} notes at the right pitch");
        Assert.True(right >= 0.9 * truth.Count);
    }

    [Fact]
    public void Easy_without_chords_tabs_the_melody_in_open_position()
    {
        var clip = clips.Bass;
        var analysis = TempoOnly(clip);
        var tab = _generator.Generate(clip.Audio, analysis, new TabRequest(TabInstrument.Bass, TabLevel.Easy, TabOutputFormat.Text), default);
        output.WriteLine(tab.Content);
        var tuning = new Dictionary<string, int> { ["E"] = 28, ["A"] = 33, ["D"] = 38, ["G"] = 43 };
        var notes = TabText.Columns(tab.Content, ["E", "A", "D", "G"]).Select(c => Assert.Single(c)).ToList();
        var truth = clip.Notes.Select(n => n.Pitch).ToList();
        var right = notes.Select(n => tuning[n.Label] + n.Fret).Zip(truth).Count(p => p.First == p.Second);
        Assert.True(right >= 0.9 * truth.Count, $"{right}/{truth.Count}");
        // Only the C3 (G string, fifth fret) lies outside frets 0–4.
        Assert.Equal(truth.Count(p => p == 48), notes.Count(n => n.Fret > 4));
    }

    [Fact]
    public void A_flute_melody_is_folded_onto_the_guitar_neck_keeping_its_notes()
    {
        var clip = clips.Flute;
        var analysis = TempoOnly(clip) with { Key = new KeyEstimate("D", false, 0.9) };
        var tab = _generator.Generate(clip.Audio, analysis, new TabRequest(TabInstrument.Guitar, TabLevel.Original, TabOutputFormat.Text), default);
        output.WriteLine(tab.Content);
        var tuning = new Dictionary<string, int> { ["E"] = 40, ["A"] = 45, ["D"] = 50, ["G"] = 55, ["B"] = 59, ["e"] = 64 };
        var played = TabText.Columns(tab.Content, GuitarLabels).Select(c => Assert.Single(c)).Select(n => tuning[n.Label] + n.Fret).ToList();
        var truth = clip.Notes.Select(n => n.Pitch).ToList();
        // The whole melody moves by the same octave(s).
        var shift = truth[0] - played[0];
        Assert.Equal(0, shift % 12);
        var right = played.Zip(truth).Count(p => p.Second - p.First == shift);
        output.WriteLine($"flute on guitar: shifted {shift / 12} octave(s), {right}/{truth.Count} notes right");
        Assert.True(right >= 0.9 * truth.Count);
    }

    [Fact]
    public void Ukulele_chord_chart_lists_the_progression_and_standard_diagrams()
    {
        var clip = clips.Guitar;
        var analysis = GuitarAnalysis(clip) with
        {
            Chords = [new ChordSpan("C", 0, 2.4, 0.9), new ChordSpan("G", 2.4, 4.8, 0.9), new ChordSpan("Am", 4.8, 7.2, 0.9), new ChordSpan("F", 7.2, 9.6, 0.9)],
        };
        var tab = _generator.Generate(clip.Audio, analysis, new TabRequest(TabInstrument.Ukulele, TabLevel.Original, TabOutputFormat.ChordChart, "Four chords"), default);
        output.WriteLine(tab.Content);

        Assert.Equal("text/plain", tab.MimeType);
        Assert.Equal(["G4", "C4", "E4", "A4"], tab.Tuning);
        Assert.Contains("| C      | G      | Am     | F      |", tab.Content);
        foreach (var shape in new[] { "C  0003", "G  0232", "Am  2000", "F  2010" }) Assert.Contains(shape, tab.Content.Split('\n').Select(l => l.TrimEnd()));
    }

    [Fact]
    public void Ukulele_MusicXml_has_four_tab_lines_with_the_reentrant_tuning()
    {
        var clip = clips.Guitar;
        var tab = _generator.Generate(clip.Audio, GuitarAnalysis(clip), new TabRequest(TabInstrument.Ukulele, TabLevel.Easy, TabOutputFormat.MusicXml), default);
        var doc = new XmlDocument { XmlResolver = null };
        using (var reader = XmlReader.Create(new StringReader(tab.Content), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore }))
            doc.Load(reader);
        var details = doc.SelectSingleNode("//attributes/staff-details")!;
        Assert.Equal("4", details["staff-lines"]!.InnerText);
        // Line 1 (bottom) is string 4, the high G.
        Assert.Equal(["G4", "C4", "E4", "A4"], details.SelectNodes("staff-tuning")!.Cast<XmlElement>().Select(t => t["tuning-step"]!.InnerText + t["tuning-octave"]!.InnerText));
        // Easy: the G chord (0232) struck on the first beat, strings numbered 1 (A) to 4 (G).
        var first = doc.SelectNodes("//measure[1]/note[not(rest)]")!.Cast<XmlElement>().TakeWhile((n, i) => i == 0 || n["chord"] is not null)
            .Select(n => (n.SelectSingleNode("notations/technical/string")!.InnerText, n.SelectSingleNode("notations/technical/fret")!.InnerText))
            .OrderBy(x => x.Item1).ToList();
        Assert.Equal([("1", "2"), ("2", "3"), ("3", "2"), ("4", "0")], first);
    }

    [Fact]
    public void Gp5_holds_the_track_tuning_tempo_measures_and_the_melody_as_string_and_fret()
    {
        var clip = clips.Guitar;
        var tab = _generator.Generate(clip.Audio, GuitarAnalysis(clip), new TabRequest(TabInstrument.Guitar, TabLevel.Original, TabOutputFormat.Gp5, "Test melody"), default);
        Assert.Equal("application/x-guitar-pro", tab.MimeType);

        var gp5 = new Gp5Reader(Convert.FromBase64String(tab.Content)).Read();

        Assert.True(gp5.AtEnd, "the reader consumed the file exactly");
        Assert.Equal("FICHIER GUITAR PRO v5.00", gp5.Version);
        Assert.Equal("Test melody", gp5.Title);
        Assert.Equal(100, gp5.Tempo);
        Assert.Equal(1, gp5.Key);
        Assert.Equal((4, 4), (gp5.Numerator, gp5.Denominator));
        Assert.Equal("Guitar", gp5.TrackName);
        Assert.Equal([64, 59, 55, 50, 45, 40], gp5.Tuning); // string 1 (high E) first
        Assert.Equal(25, gp5.Program);
        Assert.InRange(gp5.Measures.Count, 4, 5);
        Assert.All(gp5.Measures, m => Assert.Equal(16, m.Sum(b => b.Sixteenths)));
        var played = gp5.Measures.SelectMany(m => m).Where(b => !b.Rest).SelectMany(b => b.Notes.Where(n => n.Type == 1))
            .Select(n => gp5.Tuning[n.String - 1] + n.Fret).ToList();
        var truth = clip.Notes.Select(n => n.Pitch).ToList();
        var right = played.Zip(truth).Count(p => p.First == p.Second);
        output.WriteLine($"GP5: {Convert.FromBase64String(tab.Content).Length} bytes, {gp5.Measures.Count} measures, {right}/{truth.Count} notes right");
        Assert.True(right >= 0.9 * truth.Count);
        Assert.Equal(["G", "D", "Em", "C", "G"], gp5.Measures.SelectMany(m => m).Where(b => b.Text is not null).Select(b => b.Text));
        Assert.Equal("application/x-guitar-pro", TabGenerator.MimeType(TabOutputFormat.Gp5));
    }

    /// <summary>An analysis with the clip's tempo (no beat times) and 4/4, no chords.</summary>
    private static MusicAnalysisResult TempoOnly(MelodyClip clip) =>
        new(clip.Audio.DurationSeconds, new TempoEstimate(clip.Midi.Bpm, 0.9, []), null, new MeterEstimate(4, 4, 0.9), [], [], [], null);

    private static int Midi(XmlElement pitch)
    {
        var step = pitch["step"]!.InnerText;
        var alter = pitch["alter"] is { } a ? int.Parse(a.InnerText) : 0;
        var octave = int.Parse(pitch["octave"]!.InnerText);
        var pc = step switch { "C" => 0, "D" => 2, "E" => 4, "F" => 5, "G" => 7, "A" => 9, _ => 11 };
        return 12 * (octave + 1) + pc + alter;
    }

    /// <summary>The children appear in the schema's sequence order (each name's position never goes back).</summary>
    private static void AssertOrder(XmlElement element, string[] sequence)
    {
        var positions = element.ChildNodes.Cast<XmlElement>().Select(c => Array.IndexOf(sequence, c.Name)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }
}
