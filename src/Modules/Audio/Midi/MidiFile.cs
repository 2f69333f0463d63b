namespace MediaCreator.Modules.Audio.Midi;

/// <summary>A note on a track, in beats (quarter notes) from the start.</summary>
/// <param name="Pitch">MIDI note number (60 = C4).</param>
public readonly record struct MidiNote(double StartBeat, double DurationBeats, int Pitch, int Velocity = 96);

/// <summary>One instrument part: a MIDI channel (9 = GM drums) with a General MIDI program.</summary>
public sealed class MidiTrack(string name, int channel, int program)
{
    public string Name { get; } = name;

    public int Channel { get; } = channel is >= 0 and <= 15 ? channel : throw new ArgumentOutOfRangeException(nameof(channel));

    /// <summary>General MIDI program 0..127 (ignored on channel 9).</summary>
    public int Program { get; } = program is >= 0 and <= 127 ? program : throw new ArgumentOutOfRangeException(nameof(program));

    /// <summary>Channel volume (CC7).</summary>
    public int Volume { get; set; } = 100;

    /// <summary>Pan (CC10), 64 = centre.</summary>
    public int Pan { get; set; } = 64;

    public List<MidiNote> Notes { get; } = [];

    public MidiTrack Add(double startBeat, double durationBeats, int pitch, int velocity = 96)
    {
        Notes.Add(new MidiNote(startBeat, durationBeats, pitch, velocity));
        return this;
    }
}

/// <summary>
/// A Standard MIDI File (format 1) at one tempo and meter: what the composer writes and what test clips are rendered
/// from. <see cref="ToBytes"/> writes the file; fluidsynth renders it.
/// </summary>
public sealed class MidiFile(double bpm, int beatsPerBar = 4, int beatUnit = 4)
{
    public const int TicksPerQuarter = 480;

    public double Bpm { get; } = bpm is > 10 and < 400 ? bpm : throw new ArgumentOutOfRangeException(nameof(bpm));

    public int BeatsPerBar { get; } = beatsPerBar;

    /// <summary>Denominator of the time signature (4 or 8).</summary>
    public int BeatUnit { get; } = beatUnit;

    /// <summary>Key signature: sharps (positive) or flats (negative), and minor.</summary>
    public (int Accidentals, bool Minor) KeySignature { get; set; }

    public List<MidiTrack> Tracks { get; } = [];

    public MidiTrack AddTrack(string name, int channel, int program)
    {
        var track = new MidiTrack(name, channel, program);
        Tracks.Add(track);
        return track;
    }

    /// <summary>Seconds per quarter note.</summary>
    public double SecondsPerBeat => 60.0 / Bpm;

    /// <summary>Length in quarter-note beats (end of the last note).</summary>
    public double LengthBeats => Tracks.SelectMany(t => t.Notes).Select(n => n.StartBeat + n.DurationBeats).DefaultIfEmpty(0).Max();

    public byte[] ToBytes()
    {
        using var output = new MemoryStream();
        output.Write("MThd"u8);
        WriteBigEndian(output, 6, 4);
        WriteBigEndian(output, 1, 2);
        WriteBigEndian(output, Tracks.Count + 1, 2);
        WriteBigEndian(output, TicksPerQuarter, 2);
        WriteChunk(output, ConductorTrack());
        foreach (var track in Tracks) WriteChunk(output, TrackEvents(track));
        return output.ToArray();
    }

    public void Save(string path) => File.WriteAllBytes(path, ToBytes());

    private byte[] ConductorTrack()
    {
        using var events = new MemoryStream();
        var microsPerQuarter = (int)Math.Round(60_000_000 / Bpm);
        WriteVarLength(events, 0);
        events.Write([0xFF, 0x51, 0x03, (byte)(microsPerQuarter >> 16), (byte)(microsPerQuarter >> 8), (byte)microsPerQuarter]);
        WriteVarLength(events, 0);
        var denominatorPower = (byte)Math.Round(Math.Log2(BeatUnit));
        events.Write([0xFF, 0x58, 0x04, (byte)BeatsPerBar, denominatorPower, 24, 8]);
        WriteVarLength(events, 0);
        events.Write([0xFF, 0x59, 0x02, unchecked((byte)(sbyte)KeySignature.Accidentals), (byte)(KeySignature.Minor ? 1 : 0)]);
        WriteVarLength(events, 0);
        events.Write([0xFF, 0x2F, 0x00]);
        return events.ToArray();
    }

    private static byte[] TrackEvents(MidiTrack track)
    {
        using var events = new MemoryStream();
        var name = System.Text.Encoding.ASCII.GetBytes(track.Name);
        WriteVarLength(events, 0);
        events.Write([0xFF, 0x03]);
        WriteVarLength(events, name.Length);
        events.Write(name);
        var status = (byte)track.Channel;
        WriteVarLength(events, 0);
        events.Write([(byte)(0xC0 | status), (byte)track.Program]);
        WriteVarLength(events, 0);
        events.Write([(byte)(0xB0 | status), 7, (byte)Math.Clamp(track.Volume, 0, 127)]);
        WriteVarLength(events, 0);
        events.Write([(byte)(0xB0 | status), 10, (byte)Math.Clamp(track.Pan, 0, 127)]);

        // Note-offs sort before note-ons at the same tick so repeated notes retrigger.
        var timeline = track.Notes
            .SelectMany(n => new[]
            {
                (Tick: Ticks(n.StartBeat), On: true, n.Pitch, n.Velocity),
                (Tick: Math.Max(Ticks(n.StartBeat) + 1, Ticks(n.StartBeat + n.DurationBeats)), On: false, n.Pitch, Velocity: 0),
            })
            .OrderBy(e => e.Tick).ThenBy(e => e.On)
            .ToList();
        long previous = 0;
        foreach (var e in timeline)
        {
            WriteVarLength(events, e.Tick - previous);
            previous = e.Tick;
            events.Write([(byte)((e.On ? 0x90 : 0x80) | status), (byte)Math.Clamp(e.Pitch, 0, 127), (byte)Math.Clamp(e.Velocity, 0, 127)]);
        }
        WriteVarLength(events, 0);
        events.Write([0xFF, 0x2F, 0x00]);
        return events.ToArray();
    }

    private static long Ticks(double beats) => (long)Math.Round(beats * TicksPerQuarter);

    private static void WriteChunk(Stream output, byte[] events)
    {
        output.Write("MTrk"u8);
        WriteBigEndian(output, events.Length, 4);
        output.Write(events);
    }

    private static void WriteBigEndian(Stream output, long value, int bytes)
    {
        for (var i = bytes - 1; i >= 0; i--) output.WriteByte((byte)(value >> (8 * i)));
    }

    private static void WriteVarLength(Stream output, long value)
    {
        Span<byte> buffer = stackalloc byte[5];
        var count = 0;
        buffer[count++] = (byte)(value & 0x7F);
        while ((value >>= 7) > 0) buffer[count++] = (byte)(0x80 | (value & 0x7F));
        for (var i = count - 1; i >= 0; i--) output.WriteByte(buffer[i]);
    }
}
