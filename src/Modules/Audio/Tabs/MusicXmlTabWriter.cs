using System.Globalization;
using System.Text;
using System.Xml;

namespace MediaCreator.Modules.Audio.Tabs;

/// <summary>
/// MusicXML 4.0 partwise with one tablature staff: part-list with the instrument's General MIDI program, first-measure
/// attributes (divisions, key, time, TAB clef, staff-details with the string tuning), a metronome mark, chord symbols
/// as <c>&lt;harmony&gt;</c> (with a fingering <c>&lt;frame&gt;</c>) and notes with <c>&lt;technical&gt;&lt;string&gt;</c>/<c>&lt;fret&gt;</c>.
/// Notes crossing a bar line or a chord change, or of a length no single note value has, are split and tied.
/// Elements follow the order of the MusicXML 4.0 schema.
/// </summary>
internal static class MusicXmlTabWriter
{
    public static string Write(TabScore score)
    {
        var board = score.Board;
        var fifths = Fifths(score.Key);
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), OmitXmlDeclaration = true };
        var output = new StringBuilder();
        output.AppendLine("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>");
        using (var xml = XmlWriter.Create(output, settings))
        {
            xml.WriteDocType("score-partwise", "-//Recordare//DTD MusicXML 4.0 Partwise//EN", "http://www.musicxml.org/dtds/partwise.dtd", null);
            xml.WriteStartElement("score-partwise");
            xml.WriteAttributeString("version", "4.0");
            xml.WriteStartElement("work");
            xml.WriteElementString("work-title", score.Title);
            xml.WriteEndElement();
            xml.WriteStartElement("identification");
            xml.WriteStartElement("encoding");
            xml.WriteElementString("software", "MediaCreator");
            xml.WriteElementString("encoding-date", DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            xml.WriteEndElement();
            xml.WriteEndElement();

            xml.WriteStartElement("part-list");
            xml.WriteStartElement("score-part");
            xml.WriteAttributeString("id", "P1");
            xml.WriteElementString("part-name", board.Name);
            xml.WriteStartElement("score-instrument");
            xml.WriteAttributeString("id", "P1-I1");
            xml.WriteElementString("instrument-name", board.Name);
            xml.WriteEndElement();
            xml.WriteStartElement("midi-instrument");
            xml.WriteAttributeString("id", "P1-I1");
            xml.WriteElementString("midi-channel", "1");
            xml.WriteElementString("midi-program", Int(board.GmProgram + 1));
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();

            xml.WriteStartElement("part");
            xml.WriteAttributeString("id", "P1");
            for (var measure = 0; measure < score.MeasureCount; measure++)
            {
                xml.WriteStartElement("measure");
                xml.WriteAttributeString("number", Int(measure + 1));
                if (measure == 0) WriteAttributes(xml, score, fifths);
                WriteMeasure(xml, score, measure, fifths);
                if (measure == score.MeasureCount - 1)
                {
                    xml.WriteStartElement("barline");
                    xml.WriteAttributeString("location", "right");
                    xml.WriteElementString("bar-style", "light-heavy");
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        return output.ToString();
    }

    private static void WriteAttributes(XmlWriter xml, TabScore score, int fifths)
    {
        var board = score.Board;
        xml.WriteStartElement("attributes");
        xml.WriteElementString("divisions", Int(TabScore.Divisions));
        xml.WriteStartElement("key");
        xml.WriteElementString("fifths", Int(fifths));
        xml.WriteElementString("mode", score.Key is { Minor: true } ? "minor" : "major");
        xml.WriteEndElement();
        xml.WriteStartElement("time");
        xml.WriteElementString("beats", Int(score.BeatsPerBar));
        xml.WriteElementString("beat-type", Int(score.BeatUnit));
        xml.WriteEndElement();
        xml.WriteStartElement("clef");
        xml.WriteElementString("sign", "TAB");
        xml.WriteElementString("line", Int(board.StringCount == 6 ? 5 : board.StringCount - 1));
        xml.WriteEndElement();
        xml.WriteStartElement("staff-details");
        xml.WriteElementString("staff-lines", Int(board.StringCount));
        // Line 1 is the bottom line: the highest string number.
        for (var line = 1; line <= board.StringCount; line++)
        {
            var open = board.Tuning[line - 1];
            var (step, alter) = Spell(open, 0);
            xml.WriteStartElement("staff-tuning");
            xml.WriteAttributeString("line", Int(line));
            xml.WriteElementString("tuning-step", step);
            if (alter != 0) xml.WriteElementString("tuning-alter", Int(alter));
            xml.WriteElementString("tuning-octave", Int(open / 12 - 1));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();

        xml.WriteStartElement("direction");
        xml.WriteAttributeString("placement", "above");
        xml.WriteStartElement("direction-type");
        xml.WriteStartElement("metronome");
        xml.WriteElementString("beat-unit", score.BeatUnit switch { 2 => "half", 8 => "eighth", 16 => "16th", _ => "quarter" });
        xml.WriteElementString("per-minute", Double(score.Bpm));
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("sound");
        xml.WriteAttributeString("tempo", Double(score.QuarterBpm));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteMeasure(XmlWriter xml, TabScore score, int measure, int fifths)
    {
        var barStart = measure * score.TicksPerBar;
        var barEnd = barStart + score.TicksPerBar;
        var chords = score.Chords.Where(c => c.Tick >= barStart && c.Tick < barEnd).ToList();
        var events = score.Events.Where(e => e.Tick < barEnd && e.Tick + e.Duration > barStart).ToList();
        if (events.Count == 0 && chords.Count == 0)
        {
            // A whole-bar rest.
            xml.WriteStartElement("note");
            xml.WriteStartElement("rest");
            xml.WriteAttributeString("measure", "yes");
            xml.WriteEndElement();
            xml.WriteElementString("duration", Int(score.TicksPerBar));
            xml.WriteElementString("voice", "1");
            xml.WriteEndElement();
            return;
        }

        foreach (var piece in score.Pieces(measure))
        {
            if (piece.Chord is not null) WriteHarmony(xml, score, piece.Chord);
            if (piece.Sounding is null) WriteRest(xml, piece.Value);
            else WriteNotes(xml, score, piece.Sounding, piece.Value, piece.TieStart, piece.TieStop, fifths);
        }
    }

    private static void WriteRest(XmlWriter xml, int value)
    {
        xml.WriteStartElement("note");
        xml.WriteElementString("rest", "");
        xml.WriteElementString("duration", Int(NoteValues.All[value].Ticks));
        xml.WriteElementString("voice", "1");
        xml.WriteElementString("type", NoteValues.All[value].Type);
        if (NoteValues.All[value].Dot) xml.WriteElementString("dot", "");
        xml.WriteEndElement();
    }

    private static void WriteNotes(XmlWriter xml, TabScore score, TabEvent sounding, int value, bool tieStart, bool tieStop, int fifths)
    {
        var first = true;
        foreach (var note in sounding.Notes.OrderBy(n => n.Pitch))
        {
            xml.WriteStartElement("note");
            if (!first) xml.WriteElementString("chord", "");
            first = false;
            var (step, alter) = Spell(note.Pitch, fifths);
            xml.WriteStartElement("pitch");
            xml.WriteElementString("step", step);
            if (alter != 0) xml.WriteElementString("alter", Int(alter));
            xml.WriteElementString("octave", Int(note.Pitch / 12 - 1));
            xml.WriteEndElement();
            xml.WriteElementString("duration", Int(NoteValues.All[value].Ticks));
            if (tieStop) Tie(xml, "tie", "stop");
            if (tieStart) Tie(xml, "tie", "start");
            xml.WriteElementString("voice", "1");
            xml.WriteElementString("type", NoteValues.All[value].Type);
            if (NoteValues.All[value].Dot) xml.WriteElementString("dot", "");
            xml.WriteStartElement("notations");
            if (tieStop) Tie(xml, "tied", "stop");
            if (tieStart) Tie(xml, "tied", "start");
            xml.WriteStartElement("technical");
            xml.WriteElementString("string", Int(score.Board.StringNumber(note.Position.String)));
            xml.WriteElementString("fret", Int(note.Position.Fret));
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
    }

    private static void Tie(XmlWriter xml, string element, string type)
    {
        xml.WriteStartElement(element);
        xml.WriteAttributeString("type", type);
        xml.WriteEndElement();
    }

    private static void WriteHarmony(XmlWriter xml, TabScore score, ChordMark mark)
    {
        var chord = mark.Chord;
        var flats = chord.Text.Length > 1 && chord.Text[1] == 'b';
        xml.WriteStartElement("harmony");
        var (rootStep, rootAlter) = SpellClass(chord.Root, flats);
        xml.WriteStartElement("root");
        xml.WriteElementString("root-step", rootStep);
        if (rootAlter != 0) xml.WriteElementString("root-alter", Int(rootAlter));
        xml.WriteEndElement();
        xml.WriteStartElement("kind");
        xml.WriteAttributeString("text", KindText(chord.Quality));
        xml.WriteString(Kind(chord.Quality));
        xml.WriteEndElement();
        if (chord.Bass is { } bass && bass != chord.Root)
        {
            var (bassStep, bassAlter) = SpellClass(bass, flats);
            xml.WriteStartElement("bass");
            xml.WriteElementString("bass-step", bassStep);
            if (bassAlter != 0) xml.WriteElementString("bass-alter", Int(bassAlter));
            xml.WriteEndElement();
        }
        var shape = score.Shapes.FirstOrDefault(s => s.Chord.Text == chord.Text).Shape;
        if (shape is not null && score.Board.Instrument != Abstractions.TabInstrument.Bass) WriteFrame(xml, score.Board, shape);
        xml.WriteEndElement();
    }

    private static void WriteFrame(XmlWriter xml, Fretboard board, ChordShape shape)
    {
        var highest = shape.HighestFret ?? 0;
        var firstFret = highest <= 4 ? 1 : shape.LowestFretted ?? 1;
        xml.WriteStartElement("frame");
        xml.WriteAttributeString("unplayed", "x");
        xml.WriteElementString("frame-strings", Int(board.StringCount));
        xml.WriteElementString("frame-frets", Int(Math.Max(4, highest - firstFret + 1)));
        if (firstFret > 1) xml.WriteElementString("first-fret", Int(firstFret));
        for (var s = 0; s < board.StringCount; s++)
        {
            if (shape.Frets[s] is not { } fret) continue;
            xml.WriteStartElement("frame-note");
            // Numbered as in tablature: 1 is the highest string.
            xml.WriteElementString("string", Int(board.StringNumber(s)));
            xml.WriteElementString("fret", Int(fret));
            if (shape.Fingers[s] > 0) xml.WriteElementString("fingering", Int(shape.Fingers[s]));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static string Kind(ChordQuality quality) => quality switch
    {
        ChordQuality.Minor => "minor", ChordQuality.Dominant7 => "dominant", ChordQuality.Major7 => "major-seventh",
        ChordQuality.Minor7 => "minor-seventh", ChordQuality.Diminished => "diminished", ChordQuality.Augmented => "augmented",
        ChordQuality.Sus2 => "suspended-second", ChordQuality.Sus4 => "suspended-fourth", ChordQuality.Power => "power",
        _ => "major",
    };

    private static string KindText(ChordQuality quality) => quality switch
    {
        ChordQuality.Minor => "m", ChordQuality.Dominant7 => "7", ChordQuality.Major7 => "maj7", ChordQuality.Minor7 => "m7",
        ChordQuality.Diminished => "dim", ChordQuality.Augmented => "aug", ChordQuality.Sus2 => "sus2", ChordQuality.Sus4 => "sus4",
        ChordQuality.Power => "5", _ => "",
    };

    /// <summary>Key signature from the analysed key: sharps positive, flats negative.</summary>
    internal static int Fifths(Abstractions.KeyEstimate? key)
    {
        if (key is null) return 0;
        var tonic = PitchNames.ParsePitchClass(key.Tonic, out _) ?? 0;
        var major = key.Minor ? PitchNames.Mod12(tonic + 3) : tonic;
        var fifths = PitchNames.Mod12(major * 7);
        return fifths > 6 ? fifths - 12 : fifths;
    }

    private static (string Step, int Alter) Spell(int midi, int fifths) => SpellClass(PitchNames.Mod12(midi), fifths < 0);

    internal static (string Step, int Alter) SpellClass(int pitchClass, bool flats)
    {
        var name = PitchNames.PitchClassName(pitchClass, flats);
        return (name[..1], name.Length == 1 ? 0 : name[1] == '#' ? 1 : -1);
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Double(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
