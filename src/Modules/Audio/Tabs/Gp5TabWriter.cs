using System.Text;
using MediaCreator.Modules.Audio.Abstractions;

namespace MediaCreator.Modules.Audio.Tabs;

/// <summary>
/// Guitar Pro 5.00 binary (little-endian): version header "FICHIER GUITAR PRO v5.00", song information, lyrics,
/// page setup, tempo, key, the 64 MIDI channels, directions, measure headers (time and key signature), one track with
/// its tuning, and per measure two voices of beats (duration, chord name as beat text, notes as string/fret, ties
/// across bar lines and chord changes). The layout follows the documented GP5 format (as read by PyGuitarPro,
/// TuxGuitar and MuseScore).
/// </summary>
internal static class Gp5TabWriter
{
    private const string Version = "FICHIER GUITAR PRO v5.00";

    public static byte[] Write(TabScore score)
    {
        var board = score.Board;
        using var stream = new MemoryStream();
        using var w = new BinaryWriter(stream, Encoding.Latin1);
        var fifths = MusicXmlTabWriter.Fifths(score.Key);

        // Version: a byte length and 30 bytes.
        ByteSizeString(w, Version, 30);

        // Song information: title, subtitle, artist, album, words, music, copyright, tab, instructions; notice lines.
        IntByteSizeString(w, score.Title);
        for (var i = 0; i < 5; i++) IntByteSizeString(w, "");
        IntByteSizeString(w, "");
        IntByteSizeString(w, "MediaCreator");
        IntByteSizeString(w, "");
        w.Write(0);

        // Lyrics: track choice, five lines of (starting measure, int-size string).
        w.Write(0);
        for (var i = 0; i < 5; i++)
        {
            w.Write(1);
            w.Write(0);
        }

        // Page setup: A4 in mm, margins, proportion, header/footer flags and the ten placeholders.
        foreach (var value in new[] { 210, 297, 10, 10, 15, 10, 100 }) w.Write(value);
        w.Write((short)0x01FF);
        foreach (var text in new[] { "%TITLE%", "%SUBTITLE%", "%ARTIST%", "%ALBUM%", "Words by %WORDS%", "Music by %MUSIC%",
                     "Words & Music by %WORDSMUSIC%", "Copyright %COPYRIGHT%", "All Rights Reserved - International Copyright Secured", "Page %N%/%P%" })
            IntByteSizeString(w, text);

        // Tempo (quarter notes per minute), key, octave.
        IntByteSizeString(w, "Moderate");
        w.Write((int)Math.Round(score.QuarterBpm));
        w.Write((sbyte)fifths);
        w.Write(0);

        // MIDI channels: 4 ports × 16; the track plays channel 1 (effects on 2), drums on 10.
        for (var channel = 0; channel < 64; channel++)
        {
            w.Write(channel is 0 or 1 ? board.GmProgram : channel % 16 == 9 ? 0 : 24);
            w.Write((sbyte)13); // volume 104 / 8
            w.Write((sbyte)8); // balance centre
            w.Write((sbyte)0);
            w.Write((sbyte)0);
            w.Write((sbyte)0);
            w.Write((sbyte)0);
            w.Write((short)0);
        }

        // Directions (coda, segno...): none.
        for (var i = 0; i < 19; i++) w.Write((short)-1);
        w.Write(0); // master reverb

        w.Write(score.MeasureCount);
        w.Write(1);

        // Measure headers: the first sets time and key signatures.
        for (var measure = 0; measure < score.MeasureCount; measure++)
        {
            if (measure > 0) w.Write((byte)0);
            var flags = measure == 0 ? 0x01 | 0x02 | 0x40 : 0;
            w.Write((byte)flags);
            if (measure == 0)
            {
                w.Write((sbyte)score.BeatsPerBar);
                w.Write((sbyte)score.BeatUnit);
                w.Write((sbyte)fifths);
                w.Write((sbyte)(score.Key is { Minor: true } ? 1 : 0));
                // Beam grouping: eighths in threes for compound meters, else in twos.
                var compound = score.BeatUnit == 8 && score.BeatsPerBar % 3 == 0;
                w.Write(Enumerable.Range(0, 4).Select(i => (byte)(!compound ? 2 : i < score.BeatsPerBar / 3 ? 3 : 0)).ToArray());
            }
            w.Write((byte)0); // no alternate ending: blank byte
            w.Write((byte)0); // triplet feel: none
        }

        // The track (GP 5.00: a blank byte before each track).
        w.Write((byte)0);
        w.Write((byte)0x08); // visible
        ByteSizeString(w, board.Name, 40);
        w.Write(board.StringCount);
        // Tuning: string 1 (the top line of the tab) first, seven slots.
        for (var number = 1; number <= 7; number++)
            w.Write(number <= board.StringCount ? board.Tuning[board.StringCount - number] : 0);
        w.Write(1); // MIDI port
        w.Write(1); // channel (1-based)
        w.Write(2); // effect channel
        w.Write(24); // frets
        w.Write(0); // capo
        w.Write(new byte[] { 255, 0, 0, 0 }); // colour
        w.Write((short)0x0003); // show tablature and notation
        w.Write((byte)0); // auto accentuation
        w.Write((byte)0); // MIDI bank
        // Track RSE (5.00): humanize, 3 ints, 12 blank bytes, RSE instrument (instrument, unknown, sound bank, effect, blank).
        w.Write((byte)0);
        w.Write(0);
        w.Write(0);
        w.Write(100);
        w.Write(new byte[12]);
        w.Write(-1);
        w.Write(-1);
        w.Write(-1);
        w.Write((short)-1);
        w.Write((byte)0);
        w.Write((short)0); // 5.00: two blank bytes after the tracks

        for (var measure = 0; measure < score.MeasureCount; measure++)
        {
            var pieces = score.Pieces(measure).ToList();
            w.Write(pieces.Count);
            foreach (var piece in pieces) WriteBeat(w, score, piece);
            w.Write(0); // second voice: empty
            w.Write((byte)0); // line break: none
        }
        w.Flush();
        return stream.ToArray();
    }

    private static void WriteBeat(BinaryWriter w, TabScore score, MeasurePiece beat)
    {
        var (ticks, _, dot) = NoteValues.All[beat.Value];
        var notes = beat.Sounding?.Notes ?? [];
        var rest = notes.Count == 0;
        var text = beat.Chord?.Chord.Text;
        var flags = (dot ? 0x01 : 0) | (text is not null ? 0x04 : 0) | (rest ? 0x40 : 0);
        w.Write((byte)flags);
        if (rest) w.Write((byte)0x02);
        // Duration: -2 whole, -1 half, 0 quarter, 1 eighth, 2 sixteenth (the undotted value).
        var undotted = dot ? ticks * 2 / 3 : ticks;
        w.Write((sbyte)(2 - (int)Math.Round(Math.Log2(undotted))));
        if (text is not null) IntByteSizeString(w, text);
        var strings = 0;
        var byNumber = notes.Select(n => (Number: score.Board.StringNumber(n.Position.String), n.Position.Fret)).OrderBy(n => n.Number).ToList();
        foreach (var (number, _) in byNumber) strings |= 1 << (7 - number);
        w.Write((byte)strings);
        foreach (var (_, fret) in byNumber)
        {
            w.Write((byte)0x20); // note type and fret present
            w.Write((byte)(beat.TieStop ? 2 : 1));
            w.Write((sbyte)fret);
            w.Write((byte)0); // second flags
        }
        w.Write((short)0); // GP5 beat display flags
    }

    private static void ByteSizeString(BinaryWriter w, string text, int size)
    {
        var bytes = Encoding.Latin1.GetBytes(text.Length > size ? text[..size] : text);
        w.Write((byte)bytes.Length);
        w.Write(bytes);
        w.Write(new byte[size - bytes.Length]);
    }

    private static void IntByteSizeString(BinaryWriter w, string text)
    {
        var bytes = Encoding.Latin1.GetBytes(text.Length > 255 ? text[..255] : text);
        w.Write(bytes.Length + 1);
        w.Write((byte)bytes.Length);
        w.Write(bytes);
    }
}
